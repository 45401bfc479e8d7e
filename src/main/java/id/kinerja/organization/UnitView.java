package id.kinerja.organization;

/** A unit as the API shows it. */
public record UnitView(String code, String name, UnitLevel level, String parentCode, String headNip,
    String headName) {
}
