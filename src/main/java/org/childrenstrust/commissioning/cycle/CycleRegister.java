package org.childrenstrust.commissioning.cycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.childrenstrust.commissioning.cycle.domain.Contract;
import org.childrenstrust.commissioning.cycle.domain.CycleRecord;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the API and the page read: the cycles at their stages and the contract register with its dates. */
@Component
@Transactional(readOnly = true)
class CycleRegister {

  /** A cycle as GET /api/cycles lists it. */
  record CycleView(String reference, String serviceArea, String stage, String lead, String commissioner, String hostOutcomeGroup,
      String financialYear, int round, String previous) {}

  /** A contract of the register; {@code dueForReview}: its review or end date is within the review notice. */
  record ContractView(String reference, String cycle, String serviceArea, String provider, BigDecimal value, LocalDate startsOn,
      LocalDate endsOn, LocalDate reviewOn, String status, String commissioner, boolean dueForReview) {}

  private static final CsvMapper CSV = new CsvMapper();
  private static final CsvSchema CSV_SCHEMA = CSV.schemaFor(ContractView.class).withHeader()
      .sortedBy("reference", "cycle", "serviceArea", "provider", "value", "startsOn", "endsOn", "reviewOn", "status", "commissioner",
          "dueForReview");

  static {
    CSV.findAndRegisterModules();
    CSV.disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  private final CycleRepositories repos;
  private final WorkingDays workingDays;
  private final int reviewNoticeWorkingDays;

  CycleRegister(CycleRepositories repos, WorkingDays workingDays,
      @Value("${commissioning.cycle.review-notice-working-days:20}") int reviewNoticeWorkingDays) {
    this.repos = repos;
    this.workingDays = workingDays;
    this.reviewNoticeWorkingDays = reviewNoticeWorkingDays;
  }

  List<CycleView> cycles() {
    return repos.cycles.findAllByOrderByReferenceAsc().stream().map(CycleRegister::view).toList();
  }

  static CycleView view(CycleRecord c) {
    return new CycleView(c.getReference(), c.getServiceArea().getName(), c.getStage().name(), c.getServiceArea().getLeadName(),
        c.getServiceArea().getCommissioner(), c.getServiceArea().getHostOutcomeGroup(), c.getFinancialYear(), c.getRound(),
        c.getPrevious() == null ? null : c.getPrevious().getReference());
  }

  List<ContractView> contracts() {
    LocalDate horizon = workingDays.plusWorkingDays(BusinessClock.today(), reviewNoticeWorkingDays);
    return repos.contracts.findAllByOrderByReviewOnAsc().stream()
        .sorted(Comparator.comparing(Contract::getReviewOn).thenComparing(Contract::getReference))
        .map(c -> new ContractView(c.getReference(), c.getCycle().getReference(), c.getCycle().getServiceArea().getName(), c.getProvider(),
            c.getContractValue(), c.getStartsOn(), c.getEndsOn(), c.getReviewOn(), c.getStatus().name(),
            c.getCycle().getServiceArea().getCommissioner(),
            c.getStatus() == Contract.Status.LIVE && !(c.getReviewOn().isBefore(c.getEndsOn()) ? c.getReviewOn() : c.getEndsOn()).isAfter(horizon)))
        .toList();
  }

  String contractsCsv() {
    try {
      return CSV.writer(CSV_SCHEMA).writeValueAsString(contracts());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write the contract register as CSV", e);
    }
  }
}
