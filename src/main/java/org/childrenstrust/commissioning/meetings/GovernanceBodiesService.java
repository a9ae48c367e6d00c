package org.childrenstrust.commissioning.meetings;

import java.time.YearMonth;
import java.util.Optional;
import org.childrenstrust.commissioning.meetings.domain.CommissioningOutcome;
import org.childrenstrust.commissioning.meetings.domain.GovernanceBody;
import org.childrenstrust.commissioning.meetings.domain.GovernanceBodyRepository;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link GovernanceBodies} over the meetings feature's own bodies and forward plans. */
@Service
@Transactional
class GovernanceBodiesService implements GovernanceBodies {

  private final GovernanceBodyRepository bodies;
  private final ForwardPlanService forwardPlan;

  GovernanceBodiesService(GovernanceBodyRepository bodies, ForwardPlanService forwardPlan) {
    this.bodies = bodies;
    this.forwardPlan = forwardPlan;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Body> body(String code) {
    return code == null ? Optional.empty() : bodies.findByCode(code.strip().toUpperCase())
        .map(b -> new Body(b.getCode(), b.getName(), b.getCamundaGroupId()));
  }

  @Override
  public long addToForwardPlan(String bodyCode, String title, String leadOfficer, YearMonth target) {
    GovernanceBody body = bodies.findByCode(bodyCode == null ? "" : bodyCode.strip().toUpperCase())
        .orElseThrow(() -> new NotFound("There is no governance body '" + bodyCode + "'."));
    return forwardPlan.add(body, CommissioningOutcome.GOVERNANCE, title, null, leadOfficer, null, target).getId();
  }
}
