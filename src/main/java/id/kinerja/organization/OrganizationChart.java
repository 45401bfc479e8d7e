package id.kinerja.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An in-memory snapshot of the organisation tree and its filled head positions: the one place that resolves
 * SUPERVISOR and SENIOR. Built from two small queries, so resolving the lines of 50,000 employees costs no
 * query per employee.
 *
 * <p>Rule: an employee's supervisor is the holder of the head position of their own unit — or, for the head
 * of a unit, of the parent unit — walking further up while a head position is vacant. The senior is the
 * supervisor's supervisor, found by walking on from there.
 */
public final class OrganizationChart {

  private final Map<Long, Long> parentOf = new HashMap<>();
  private final Map<Long, List<Long>> childrenOf = new HashMap<>();
  private final Map<Long, UnitHead> headOf = new HashMap<>();
  private final Map<Long, CorrectedLine> corrections = new HashMap<>();

  public OrganizationChart(List<UnitLink> links, List<UnitHead> heads) {
    this(links, heads, List.of());
  }

  /** @param corrections HR's corrections valid now, which win over the tree for their employees */
  OrganizationChart(List<UnitLink> links, List<UnitHead> heads, List<CorrectedLine> corrections) {
    for (CorrectedLine correction : corrections) {
      this.corrections.put(correction.employeeId(), correction);
    }
    for (UnitLink link : links) {
      parentOf.put(link.unitId(), link.parentId());
      if (link.parentId() != null) {
        childrenOf.computeIfAbsent(link.parentId(), k -> new ArrayList<>()).add(link.unitId());
      }
    }
    for (UnitHead head : heads) {
      headOf.put(head.unitId(), head);
    }
  }

  /**
   * @param employeeId the employee
   * @param unitId the employee's unit
   * @param holdsHeadPosition whether the employee holds the head position of that unit
   */
  public ReportingLine lineOf(long employeeId, long unitId, boolean holdsHeadPosition) {
    CorrectedLine correction = corrections.get(employeeId);
    if (correction != null) {
      UnitHead supervisor = correction.supervisor();
      // no senior named: the named supervisor's own supervisor (the head of their unit, or above if that is them)
      UnitHead senior = correction.senior() != null ? correction.senior()
          : firstHeadFrom(supervisor.unitId(), employeeId);
      if (senior != null && senior.employeeId().equals(supervisor.employeeId())) {
        senior = firstHeadFrom(parentOf.get(senior.unitId()), employeeId);
      }
      return new ReportingLine(supervisor, senior, "CORRECTION");
    }
    Long start = holdsHeadPosition ? parentOf.get(unitId) : Long.valueOf(unitId);
    UnitHead supervisor = firstHeadFrom(start, employeeId);
    if (supervisor == null) {
      return ReportingLine.NONE;
    }
    UnitHead senior = firstHeadFrom(parentOf.get(supervisor.unitId()), employeeId);
    return new ReportingLine(supervisor, senior);
  }

  /** Whether HR's correction names {@code supervisorId} as supervisor or senior of {@code employeeId}. */
  public boolean correctedLineNames(long employeeId, long supervisorId) {
    CorrectedLine correction = corrections.get(employeeId);
    return correction != null && (correction.supervisorId() == supervisorId
        || (correction.seniorId() != null && correction.seniorId() == supervisorId));
  }

  /** The units whose head position the employee holds, with everything below them. */
  public Set<Long> unitsLedBy(long employeeId) {
    Set<Long> result = new HashSet<>();
    headOf.values().stream()
        .filter(head -> head.employeeId() == employeeId)
        .forEach(head -> collectSubtree(head.unitId(), result));
    return result;
  }

  /** The holder of the head post of the unit, or of the next filled head post above it. */
  public UnitHead firstHeadFrom(long unitId) {
    return firstHeadFrom(Long.valueOf(unitId), -1);
  }

  /**
   * The leader above a unit: the holder of the next filled head post above it, never the unit's own head (who
   * sets an organisation's predikat, domain.md: for an OPD the head of the Pemda); null at the root.
   */
  public UnitHead leaderAbove(long unitId) {
    UnitHead own = headOf.get(unitId);
    return firstHeadFrom(parentOf.get(unitId), own == null ? -1 : own.employeeId());
  }

  /** The next filled head post above the one given. */
  public UnitHead firstHeadAbove(UnitHead head) {
    return firstHeadFrom(parentOf.get(head.unitId()), head.employeeId());
  }

  /** A unit with everything below it. */
  public Set<Long> subtreeOf(long unitId) {
    Set<Long> result = new HashSet<>();
    collectSubtree(unitId, result);
    return result;
  }

  /** The root of the tree the unit belongs to (its Pemda). */
  public long rootOf(long unitId) {
    Set<Long> seen = new HashSet<>();
    long current = unitId;
    while (parentOf.get(current) != null && seen.add(current)) {
      current = parentOf.get(current);
    }
    return current;
  }

  public UnitHead headOf(long unitId) {
    return headOf.get(unitId);
  }

  private UnitHead firstHeadFrom(Long unitId, long excludedEmployeeId) {
    Set<Long> seen = new HashSet<>();
    Long current = unitId;
    while (current != null && seen.add(current)) {
      UnitHead head = headOf.get(current);
      if (head != null && head.employeeId() != excludedEmployeeId) {
        return head;
      }
      current = parentOf.get(current);
    }
    return null;
  }

  private void collectSubtree(Long unitId, Set<Long> result) {
    if (!result.add(unitId)) {
      return;
    }
    for (Long child : childrenOf.getOrDefault(unitId, List.of())) {
      collectSubtree(child, result);
    }
  }
}
