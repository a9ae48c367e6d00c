package org.childrenstrust.commissioning.cycle;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childrenstrust.commissioning.cycle.domain.CycleRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link CycleFigures} from the cycle's repositories and the contract register; reads only. */
@Service
@Transactional(readOnly = true)
class CycleFiguresService implements CycleFigures {

  private final CycleRepositories repos;
  private final CycleRegister register;

  CycleFiguresService(CycleRepositories repos, CycleRegister register) {
    this.repos = repos;
    this.register = register;
  }

  @Override
  public List<AreaStage> stages() {
    Map<Long, CycleRecord> latest = new LinkedHashMap<>();
    for (CycleRecord c : repos.cycles.findAll()) {
      latest.merge(c.getServiceArea().getId(), c, (a, b) -> b.getRound() > a.getRound() ? b : a);
    }
    return latest.values().stream().map(c -> new AreaStage(c.getServiceArea().getCode(), c.getServiceArea().getName(), c.getReference(),
            c.getFinancialYear(), c.getRound(), c.getStage().name(), c.getServiceArea().getHostOutcomeGroup()))
        .sorted(Comparator.comparing(AreaStage::serviceArea)).toList();
  }

  @Override
  public List<ContractDue> contractsDueForReview() {
    return register.contracts().stream().filter(CycleRegister.ContractView::dueForReview)
        .map(c -> new ContractDue(c.reference(), c.cycle(), c.serviceArea(), c.provider(), c.value(), c.reviewOn(), c.endsOn(),
            c.commissioner()))
        .toList();
  }
}
