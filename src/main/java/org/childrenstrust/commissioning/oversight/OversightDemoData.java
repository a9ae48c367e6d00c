package org.childrenstrust.commissioning.oversight;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.childrenstrust.commissioning.oversight.StrategyTrackerService.ActionInput;
import org.childrenstrust.commissioning.oversight.domain.StrategyActionRepository;
import org.childrenstrust.commissioning.platform.identity.CommissioningProperties;
import org.childrenstrust.commissioning.platform.identity.IdentityStartup;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data on the embedded default: North Yorkshire's commissioning strategy tracker (the Board
 * paper of 18 January 2010: eight actions, action 5 on two CYPP sections) as the Board's tracker,
 * with invented names for people; and a commissioning self-analysis of the Board opened, waiting
 * for its two groups' scores in Tasklist (hannah.wells, marcus.reid); the partners who return
 * partnership budgets (council, NHS, police, schools) and their contacts. Loaded once.
 */
@Component
class OversightDemoData {

  static final String BOARD = "BOARD";
  private static final String OFFICER = "imran.qureshi";
  private static final String HEAD = "helen.barnes";

  private final CommissioningProperties properties;
  private final StrategyTrackerService tracker;
  private final StrategyActionRepository actions;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final org.childrenstrust.commissioning.oversight.domain.BudgetPartnerRepository partners;

  OversightDemoData(CommissioningProperties properties, StrategyTrackerService tracker, StrategyActionRepository actions,
      RuntimeService runtimeService, IdentityService identityService,
      org.childrenstrust.commissioning.oversight.domain.BudgetPartnerRepository partners) {
    this.partners = partners;
    this.properties = properties;
    this.tracker = tracker;
    this.actions = actions;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** The seed's table, row by row: number, action, CYPP section, progress, report date, note, owner. */
  static List<ActionInput> northYorkshire() {
    String march = "2010-03-15";
    String january = "2010-01-18";
    return List.of(
        new ActionInput(1, "Develop a clear Commissioning Framework.", "WT5: Commissioning", OFFICER, march,
            "Outline commissioning framework agreed by Board in July 2009 ('Assess, Plan, Do, Review' – see Appendix A, pages 3 and 4 overleaf). "
                + "Detailed framework to be developed.", "IN_PROGRESS", null),
        new ActionInput(2, "Develop a Commissioning Strategy Handbook as a key commissioning tool.", "WT5: Commissioning", OFFICER, march,
            "Handbook in development, based on Commissioning Support Programme guidance and best practice examples of handbooks developed by "
                + "other Children's Trusts.", "IN_PROGRESS", null),
        new ActionInput(3, "Develop an assessment framework for commissioning to demonstrate progress.", "WT4: Performance", HEAD, march,
            "Adopt the assessment framework developed by the Commissioning Support Programme (as used in North Yorkshire self-assessment).",
            "IN_PROGRESS", null),
        new ActionInput(4, "Ensure that commissioning is informed by evidence-based practice and available research.", "WT4: Performance", HEAD,
            march, "CYPS Evidence Informed Practice group established. Need to consider role and remit in respect of commissioning strategy and "
                + "in relation to the proposed Performance and Commissioning sub-group.", "IN_PROGRESS", null),
        new ActionInput(5, "Enhance the Children's Trust performance management and budget monitoring to support joint commissioning.",
            "WT4: Performance", HEAD, january, "Establish Performance and Commissioning sub-group to take forward CYPP WT4 (Performance "
                + "Management) and WT5 (Commissioning).", "COMPLETE", "Established"),
        new ActionInput(5, "Enhance the Children's Trust performance management and budget monitoring to support joint commissioning.",
            "WT3: Resources", "priya.shah", january, "CYPP Use of Resources reporting and monitoring arrangements proposed by Gordon Bell "
                + "(CYPS AD, Finance). See Appendix A", "IN_PROGRESS", null),
        new ActionInput(6, "Develop a communications and consultation strategy for commissioning.", "WT2: Communications", "clara.jones", january,
            "Children's Trust communications strategy to be presented to the Board in January.", "IN_PROGRESS", null),
        new ActionInput(7, "Develop a workforce development strategy for commissioning.", "6.7: Workforce Development", "ruth.adeyemi", march,
            "North Yorkshire unable to participate in the autumn round of the Commissioning Support Programme 'train the trainer' scheme, this "
                + "due to over-subscription. In February the CSP will launch a toolkit of training materials which NY can tailor to local use. "
                + "Training modules are proposed within the CYPS One Children's Workforce professional development programme. Need to consider "
                + "multi-agency training.", "IN_PROGRESS", null),
        new ActionInput(8, "Establish a Working Group to take forward the Commissioning Strategy.", "WT5: Commissioning", OFFICER, january,
            "Working Group established May 2009. Need to consider role in relation to proposed Performance and Commissioning sub-group.",
            "COMPLETE", null));
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(IdentityStartup.ORDER + 30)
  public void load() {
    if (!properties.demo().enabled() || !actions.findByBodyCodeOrderByActionNumberAscLineNumberAsc(BOARD).isEmpty()) {
      return;
    }
    northYorkshire().forEach(action -> tracker.record(BOARD, action));
    if (partners.count() == 0) {
      partners.saveAll(List.of(
          new org.childrenstrust.commissioning.oversight.domain.BudgetPartner("COUNCIL", "County Council (Children and Young People's Service)", HEAD),
          new org.childrenstrust.commissioning.oversight.domain.BudgetPartner("NHS", "NHS Primary Care Trust", "marcus.reid"),
          new org.childrenstrust.commissioning.oversight.domain.BudgetPartner("POLICE", "Constabulary", "tom.hadley"),
          new org.childrenstrust.commissioning.oversight.domain.BudgetPartner("SCHOOLS", "Schools Forum", "sophie.marsh")));
    }
    identityService.setAuthentication(OFFICER, List.of(StrategyTrackerApi.COMMISSIONING_OFFICERS));
    try {
      runtimeService.startProcessInstanceByKey(OversightProcess.SELF_ANALYSIS, Map.of(OversightProcess.BODY_CODE, BOARD));
    } finally {
      identityService.clearAuthentication();
    }
  }
}
