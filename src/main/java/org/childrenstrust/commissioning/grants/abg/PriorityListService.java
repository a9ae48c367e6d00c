package org.childrenstrust.commissioning.grants.abg;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.childrenstrust.commissioning.grants.abg.domain.AbgYear;
import org.childrenstrust.commissioning.grants.abg.domain.PriorityEntry;
import org.childrenstrust.commissioning.grants.abg.domain.PriorityEntryRepository;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Outcome groups' priority-ranked lists and the Management Group's one approved ranking. */
@Service
@Transactional
class PriorityListService {

  record EntryInput(String reference, String title, BigDecimal cost, String laaTarget, String cyppPriority, String leadOfficer) {}

  private final AllocationService allocations;
  private final PriorityEntryRepository entries;

  PriorityListService(AllocationService allocations, PriorityEntryRepository entries) {
    this.allocations = allocations;
    this.entries = entries;
  }

  /** An outcome group's list, in its own rank order (1 first). */
  List<PriorityEntry> submitList(String yearLabel, String outcomeGroup, List<EntryInput> ranked) {
    AbgYear year = allocations.year(yearLabel);
    int rank = 1;
    for (EntryInput input : ranked) {
      if (entries.findByYearAndReference(year, input.reference()).isPresent()) {
        throw BusinessRuleViolation.conflict("The priority list already has an item " + input.reference() + ".");
      }
      entries.save(new PriorityEntry(year, input.reference(), outcomeGroup, rank++, input.title(), input.cost(),
          input.laaTarget(), input.cyppPriority(), input.leadOfficer()));
    }
    return entries.findByYearOrderByOutcomeGroupAscGroupRankAsc(year);
  }

  /** Records the Management Group's approved ranking: the references in priority order. */
  void approveRanking(String yearLabel, List<String> referencesInOrder, String meeting) {
    AbgYear year = allocations.year(yearLabel);
    Set<String> seen = new HashSet<>();
    int rank = 1;
    for (String reference : referencesInOrder) {
      if (!seen.add(reference)) {
        throw new BusinessRuleViolation(reference + " is ranked twice.");
      }
      PriorityEntry entry = entries.findByYearAndReference(year, reference).orElseThrow(() -> new BusinessRuleViolation(
          reference + " is not on any outcome group's priority list: only listed activities can be ranked (no bidding)."));
      entry.rank(rank++, meeting);
    }
  }
}
