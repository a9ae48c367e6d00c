package org.childrenstrust.commissioning.grants.abg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.childrenstrust.commissioning.grants.abg.domain.AbgYear;
import org.childrenstrust.commissioning.grants.abg.domain.Activity;
import org.childrenstrust.commissioning.grants.abg.domain.ActivityRepository;
import org.childrenstrust.commissioning.grants.abg.domain.Allocation;
import org.childrenstrust.commissioning.grants.abg.domain.PriorityEntryRepository;
import org.childrenstrust.commissioning.grants.abg.domain.Reallocation;
import org.childrenstrust.commissioning.grants.abg.domain.ReallocationItem;
import org.childrenstrust.commissioning.grants.abg.domain.ReallocationRepository;
import org.childrenstrust.commissioning.grants.abg.domain.Underspend;
import org.childrenstrust.commissioning.grants.abg.domain.UnderspendRepository;
import org.childrenstrust.commissioning.meetings.GovernanceDecision;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-year underspends: a lead officer declares, the Head of Children's Trust Development confirms,
 * the Management Group is told, the system proposes a reallocation from the approved priority list,
 * the Management Group decides, the allocations change and the newly funded are notified.
 */
@Service
@Transactional
class UnderspendService {

  private final AllocationService allocations;
  private final ActivityRepository activities;
  private final UnderspendRepository underspends;
  private final PriorityEntryRepository entries;
  private final ReallocationRepository reallocations;
  private final AbgMailer mailer;

  UnderspendService(AllocationService allocations, ActivityRepository activities, UnderspendRepository underspends,
      PriorityEntryRepository entries, ReallocationRepository reallocations, AbgMailer mailer) {
    this.allocations = allocations;
    this.activities = activities;
    this.underspends = underspends;
    this.entries = entries;
    this.reallocations = reallocations;
    this.mailer = mailer;
  }

  Underspend declare(String yearLabel, String activityReference, BigDecimal amount, String reason, String leadOfficer) {
    AbgYear year = allocations.year(yearLabel);
    Activity activity = activities.findByYearAndReference(year, activityReference == null ? "" : activityReference.strip())
        .orElseThrow(() -> new BusinessRuleViolation("There is no activity " + activityReference + " in " + year.getLabel() + "."));
    Allocation allocation = year.allocationOf(activity)
        .orElseThrow(() -> new BusinessRuleViolation(activity.getName() + " has no allocation in " + year.getLabel() + "."));
    return underspends.save(new Underspend(allocation, amount, reason, leadOfficer, BusinessClock.now()));
  }

  Underspend underspend(Long id) {
    return underspends.findById(id).orElseThrow(() -> new NotFound("No underspend declaration " + id + "."));
  }

  Reallocation reallocation(Long id) {
    return reallocations.findById(id).orElseThrow(() -> new NotFound("No reallocation " + id + "."));
  }

  /** The Head of Children's Trust Development's answer; a confirmed underspend goes back to the pot at once. */
  void confirm(Long underspendId, boolean confirmed, String comment, String by) {
    Underspend underspend = underspend(underspendId);
    if (!confirmed) {
      underspend.notConfirmed(by, BusinessClock.now(), comment);
      return;
    }
    underspend.confirm(by, BusinessClock.now(), comment);
    AbgYear year = underspend.getYear();
    Allocation allocation = year.allocationOf(underspend.getActivity()).orElseThrow();
    year.releaseUnderspend(allocation, underspend.getAmount(), "Underspend declared by " + underspend.getDeclaredBy() + ": "
        + underspend.getReason(), by, BusinessClock.now(), "underspend " + underspend.getId() + " confirmed by " + by);
  }

  void notifyManagementGroup(Long underspendId) {
    Underspend underspend = underspend(underspendId);
    if (underspend.markManagementGroupNotified(BusinessClock.now())) {
      mailer.underspendConfirmed(underspend);
    }
  }

  /** Walks the approved list with everything unallocated; returns the proposal's id. */
  Long proposeReallocation(Long underspendId) {
    Underspend underspend = underspend(underspendId);
    AbgYear year = underspend.getYear();
    return reallocations.save(Reallocation.propose(year, underspend,
        entries.findByYearOrderByOutcomeGroupAscGroupRankAsc(year), BusinessClock.now())).getId();
  }

  boolean fundsAnything(Long reallocationId) {
    return reallocation(reallocationId).fundsAnything();
  }

  /** The Management Group's minuted decision. An amended approval waits for its amounts and reason. */
  void decided(Long reallocationId, String outcome, String meeting, String rationale) {
    Reallocation reallocation = reallocation(reallocationId);
    switch (GovernanceDecision.Outcome.valueOf(outcome)) {
      case APPROVED -> reallocation.approve(meeting, rationale);
      case REJECTED -> reallocation.reject(meeting, rationale);
      case APPROVED_WITH_AMENDMENTS -> { }
    }
  }

  void amend(Long reallocationId, Map<String, BigDecimal> amounts, String reason, String meeting, String rationale) {
    reallocation(reallocationId).amend(amounts, reason, meeting, rationale);
  }

  /** Moves the approved amounts into allocations; an item already funded is skipped, so a retry changes nothing. */
  void apply(Long reallocationId) {
    Reallocation reallocation = reallocation(reallocationId);
    if (reallocation.getStatus() != Reallocation.Status.APPROVED && reallocation.getStatus() != Reallocation.Status.APPROVED_WITH_AMENDMENTS) {
      throw BusinessRuleViolation.conflict("Only an approved reallocation changes allocations.");
    }
    AbgYear year = reallocation.getYear();
    int nextQuarter = nextQuarter(year, BusinessClock.today());
    for (ReallocationItem item : reallocation.getItems()) {
      if (item.getApprovedAmount() == null || item.getApprovedAmount().signum() == 0 || item.getEntry().getFundedActivity() != null) {
        continue;
      }
      var entry = item.getEntry();
      Activity activity = activities.save(new Activity(year, entry.getReference(), entry.getTitle(), entry.getLeadOfficer(),
          entry.getOutcomeGroup(), entry.getLaaTarget(), entry.getCyppPriority(), null, false));
      year.reallocate(activity, item.getApprovedAmount(), nextQuarter, "Reallocated from the approved priority list (rank "
          + entry.getApprovedRank() + ")" + (reallocation.getAmendmentReason() == null ? "" : "; amended: " + reallocation.getAmendmentReason()),
          "management-group", BusinessClock.now(), reallocation.getDecisionMeeting());
      entry.funded(activity);
    }
  }

  void notifyNewlyFunded(Long reallocationId) {
    Reallocation reallocation = reallocation(reallocationId);
    for (ReallocationItem item : reallocation.getItems()) {
      Activity activity = item.getEntry().getFundedActivity();
      if (activity == null) {
        continue;
      }
      Allocation allocation = reallocation.getYear().allocationOf(activity).orElseThrow();
      if (allocation.markNotified(BusinessClock.now())) {
        mailer.newlyFunded(allocation, reallocation);
      }
    }
  }

  /** Monitoring of newly funded activities starts at the quarter after this one (at most quarter 4). */
  static int nextQuarter(AbgYear year, LocalDate today) {
    FinancialYearLabel fy = year.financialYear();
    if (today.isBefore(fy.firstDay())) {
      return 1;
    }
    for (int quarter = 1; quarter <= 4; quarter++) {
      if (!today.isAfter(fy.quarterEnd(quarter))) {
        return Math.min(quarter + 1, 4);
      }
    }
    return 4;
  }
}
