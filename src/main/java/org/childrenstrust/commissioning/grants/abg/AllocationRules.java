package org.childrenstrust.commissioning.grants.abg;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The allocation rule as the application runs it: the basis comes from the latest deployed
 * version of the {@code AbgAllocationRule} decision, so an edit a user deploys takes effect at once.
 * The API's preview and the processes use this one bean.
 */
@Component
class AllocationRules {

  private final AllocationRule rule;

  AllocationRules(DecisionService decisions, ProcessEngineConfigurationImpl engine) {
    // the rule is the system's, not the caller's: it is evaluated whoever asks (the API checks who may)
    this.rule = new AllocationRule(inputs -> engine.getCommandExecutorTxRequired().execute(context ->
        context.runWithoutAuthorization(() -> (String) decisions.evaluateDecisionTableByKey(AllocationRule.DECISION_KEY)
            .variables(inputs).evaluate().getSingleResult().getSingleEntry())));
  }

  AllocationRule.Preview preview(BigDecimal fundingPercent, List<AllocationRule.Line> lines) {
    return rule.preview(fundingPercent, lines);
  }

  AllocationRule.Proposal propose(BigDecimal fundingPercent, AllocationRule.Line line) {
    return rule.propose(fundingPercent, line);
  }
}
