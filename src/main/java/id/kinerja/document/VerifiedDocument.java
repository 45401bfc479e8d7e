package id.kinerja.document;

import java.time.LocalDate;

/** What the public verification page may show of a genuine document: its kind, holder, period and date. */
public record VerifiedDocument(String kind, String holderName, String description, LocalDate issuedOn) {
}
