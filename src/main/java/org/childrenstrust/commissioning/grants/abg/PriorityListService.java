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

  /** An item of a year's priority lists: its place on the Management Group's approved list (null: not ranked yet). */
  record ListedItem(Integer rank, String reference, String title, String outcomeGroup, int groupRank, BigDecimal cost, String laaTarget,
      String cyppPriority, String leadOfficer, String approvedMeeting, String fundedActivity) {}

  /** The approved list in rank order, then the items not ranked yet in their outcome group's order. */
  @Transactional(readOnly = true)
  List<ListedItem> listedItems(String yearLabel) {
    return entries.findByYearOrderByOutcomeGroupAscGroupRankAsc(allocations.year(yearLabel)).stream()
        .sorted(java.util.Comparator.comparing((PriorityEntry e) -> e.getApprovedRank() == null ? Integer.MAX_VALUE : e.getApprovedRank()))
        .map(e -> new ListedItem(e.getApprovedRank(), e.getReference(), e.getTitle(), e.getOutcomeGroup(), e.getGroupRank(), e.getCost(),
            e.getLaaTarget(), e.getCyppPriority(), e.getLeadOfficer(), e.getApprovedMeeting(),
            e.getFundedActivity() == null ? null : e.getFundedActivity().getReference())).toList();
  }

  /** A row of the one ranked list the commissioning officer proposes. */
  record RankingRow(String reference, String outcomeGroup, Integer groupRank, String title, BigDecimal cost, String laaTarget,
      String cyppPriority, Integer rank) {}

  @Transactional(readOnly = true)
  List<RankingRow> rankingRows(String yearLabel) {
    return entries.findByYearOrderByOutcomeGroupAscGroupRankAsc(allocations.year(yearLabel)).stream()
        .filter(e -> e.getApprovedRank() == null)
        .map(e -> new RankingRow(e.getReference(), e.getOutcomeGroup(), e.getGroupRank(), e.getTitle(), e.getCost(), e.getLaaTarget(),
            e.getCyppPriority(), e.getProposedRank())).toList();
  }

  /** The proposed ranking: every listed item ranked 1..n without gaps or repeats (an item left out has no rank). */
  void proposeRanking(String yearLabel, List<RankingRow> rows) {
    AbgYear year = allocations.year(yearLabel);
    List<Integer> ranks = rows.stream().map(RankingRow::rank).filter(java.util.Objects::nonNull).sorted().toList();
    for (int i = 0; i < ranks.size(); i++) {
      if (ranks.get(i) != i + 1) {
        throw new BusinessRuleViolation("Rank the items 1, 2, 3 ... without gaps or repeats (found " + ranks + ").");
      }
    }
    if (ranks.isEmpty()) {
      throw new BusinessRuleViolation("Rank at least one item.");
    }
    for (RankingRow row : rows) {
      PriorityEntry entry = entries.findByYearAndReference(year, row.reference() == null ? "" : row.reference())
          .orElseThrow(() -> new BusinessRuleViolation(row.reference() + " is not on any outcome group's priority list (no bidding)."));
      entry.propose(row.rank());
    }
  }

  /** The Management Group approved the proposed ranking at this meeting. */
  void recordApprovedRanking(String yearLabel, String meeting) {
    List<String> ordered = entries.findByYearOrderByOutcomeGroupAscGroupRankAsc(allocations.year(yearLabel)).stream()
        .filter(e -> e.getProposedRank() != null && e.getApprovedRank() == null)
        .sorted(java.util.Comparator.comparing(PriorityEntry::getProposedRank)).map(PriorityEntry::getReference).toList();
    approveRanking(yearLabel, ordered, meeting);
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
