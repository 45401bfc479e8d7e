package id.kinerja.organization;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates units and positions from CSV ({@code kode,nama,tingkat,induk_kode} and
 * {@code kode,nama,jenis,unit_kode,kepala}); codes that already exist are left as they are, so loading the same
 * files twice changes nothing. Parents must come before their children.
 */
@Service
public class OrganizationStructure {

  private final OrgUnits units;
  private final Positions positions;

  OrganizationStructure(OrgUnits units, Positions positions) {
    this.units = units;
    this.positions = positions;
  }

  @Transactional
  public void load(Reader unitsCsv, Reader positionsCsv) {
    Map<String, OrgUnit> byCode = new HashMap<>();
    for (CSVRecord r : records(unitsCsv)) {
      String code = r.get("kode");
      OrgUnit unit = units.findByCode(code).orElseGet(() -> {
        String parentCode = r.get("induk_kode");
        OrgUnit parent = parentCode.isBlank() ? null
            : byCode.computeIfAbsent(parentCode, c -> units.findByCode(c).orElseThrow());
        OrgUnit created = new OrgUnit(code, r.get("nama"), UnitLevel.valueOf(r.get("tingkat")), parent);
        if (r.isMapped("populasi_layanan") && !r.get("populasi_layanan").isBlank()) {
          created.declareServicePopulation(Integer.valueOf(r.get("populasi_layanan")));
        }
        return units.save(created);
      });
      byCode.put(code, unit);
    }
    for (CSVRecord r : records(positionsCsv)) {
      if (positions.findByCode(r.get("kode")).isEmpty()) {
        OrgUnit unit = byCode.computeIfAbsent(r.get("unit_kode"), c -> units.findByCode(c).orElseThrow());
        positions.save(new Position(r.get("kode"), r.get("nama"), PositionType.valueOf(r.get("jenis")), unit,
            Boolean.parseBoolean(r.get("kepala"))));
      }
    }
  }

  private static Iterable<CSVRecord> records(Reader csv) {
    try {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(csv)
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
