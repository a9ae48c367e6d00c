package org.childrenstrust.commissioning.grants.abg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.childrenstrust.commissioning.grants.AbgFigures;
import org.childrenstrust.commissioning.grants.abg.domain.AbgYear;
import org.childrenstrust.commissioning.grants.abg.domain.AbgYearRepository;
import org.childrenstrust.commissioning.grants.abg.domain.Allocation;
import org.childrenstrust.commissioning.grants.abg.domain.QuarterlyReturn;
import org.childrenstrust.commissioning.grants.abg.domain.QuarterlyReturnRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link AbgFigures} from the ABG's own repositories; reads only. */
@Service
@Transactional(readOnly = true)
class AbgFiguresService implements AbgFigures {

  private final AbgYearRepository years;
  private final QuarterlyReturnRepository returns;
  private final ReturnDeadlines deadlines;

  AbgFiguresService(AbgYearRepository years, QuarterlyReturnRepository returns, ReturnDeadlines deadlines) {
    this.years = years;
    this.returns = returns;
    this.deadlines = deadlines;
  }

  @Override
  public Optional<String> latestApprovedYear() {
    return years.findAll().stream().filter(y -> y.getStatus() == AbgYear.Status.APPROVED)
        .max(Comparator.comparing(y -> y.financialYear().startYear())).map(AbgYear::getLabel);
  }

  private static List<Allocation> funded(AbgYear year) {
    return year.getAllocations().stream().filter(a -> a.getAmount().signum() > 0).sorted(Comparator.comparing(Allocation::getId)).toList();
  }

  @Override
  public List<ActivityFigure> activities(String year) {
    return years.findByLabel(year).filter(y -> y.getStatus() == AbgYear.Status.APPROVED).map(y -> funded(y).stream().map(a -> {
      Optional<QuarterlyReturn> latest = returns.findByActivityOrderByQuarter(a.getActivity()).stream()
          .max(Comparator.comparingInt(QuarterlyReturn::getQuarter));
      return new ActivityFigure(y.getLabel(), a.getActivity().getReference(), a.getActivity().getName(), a.getActivity().getHostOutcomeGroup(),
          a.getActivity().getLeadOfficer(), a.getAmount(), latest.map(QuarterlyReturn::getQuarter).orElse(0),
          latest.map(QuarterlyReturn::getSpendToDate).orElse(null), latest.map(QuarterlyReturn::getForecastOutturn).orElse(null));
    }).toList()).orElse(List.of());
  }

  @Override
  public List<OverdueReturn> overdueReturns(LocalDate today) {
    List<OverdueReturn> overdue = new ArrayList<>();
    years.findAll().stream().filter(y -> y.getStatus() == AbgYear.Status.APPROVED)
        .sorted(Comparator.comparing(y -> y.financialYear().startYear())).forEach(year -> {
          for (int quarter = 1; quarter <= 4; quarter++) {
            LocalDate due = deadlines.returnDue(year.financialYear().quarterEnd(quarter));
            if (!due.isBefore(today)) {
              continue;
            }
            for (Allocation a : funded(year)) {
              if (a.getMonitoredFromQuarter() <= quarter && !returns.existsByActivityAndQuarter(a.getActivity(), quarter)) {
                overdue.add(new OverdueReturn(year.getLabel(), a.getActivity().getReference(), a.getActivity().getName(),
                    a.getActivity().getHostOutcomeGroup(), a.getActivity().getLeadOfficer(), quarter, due));
              }
            }
          }
        });
    return overdue;
  }
}
