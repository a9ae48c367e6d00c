/**
 * Oversight of commissioning (issue 12): the Board satisfies itself that commissioning works. The
 * commissioning self-analysis (process {@code CommissioningSelfAnalysis}: twelve questions scored
 * by small groups of a body's members, a report with the spread of scores and the evidence, the
 * body's decision through meetings' {@code GovernanceDecision}, and the Commissioning Improvement
 * Plan it sets, with reminders to each action's owner).
 *
 * <p>It uses meetings only through its public API ({@code GovernanceDecision},
 * {@code GovernanceBodies}), grants through {@code AbgFigures} and the cycle through
 * {@code CycleFigures} (read-only, for the dashboard); everything here is internal.
 */
@ApplicationModule(displayName = "Oversight")
package org.childrenstrust.commissioning.oversight;

import org.springframework.modulith.ApplicationModule;
