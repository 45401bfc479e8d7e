package id.kinerja.organization;

/** A valid correction as the chart reads it: whose line, and the people it names (senior may be null). */
record CorrectedLine(Long employeeId, Long supervisorId, String supervisorNip, String supervisorName,
    String supervisorUsername, Long supervisorUnitId, Long seniorId, String seniorNip, String seniorName,
    String seniorUsername, Long seniorUnitId, java.time.LocalDate validUntil) {

  UnitHead supervisor() {
    return new UnitHead(supervisorUnitId, supervisorId, supervisorNip, supervisorName, supervisorUsername);
  }

  UnitHead senior() {
    return seniorId == null ? null
        : new UnitHead(seniorUnitId, seniorId, seniorNip, seniorName, seniorUsername);
  }
}
