package id.kinerja.document;

import java.util.Optional;

/** A module whose documents carry verification codes (evaluations now, certificates later). */
public interface VerificationSource {

  Optional<VerifiedDocument> find(String code);
}
