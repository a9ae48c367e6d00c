/**
 * The commissioning cycle (Herefordshire Commissioning Framework §4-8): every service area goes
 * round Understand, Plan, Do and Review, one {@code CommissioningCycle} instance per service area
 * and round; the review decides whether the service continues, is re-commissioned or
 * decommissioned, and feeds the next round's Understand. Exposes to other modules only the
 * read-only {@link org.childrenstrust.commissioning.cycle.CycleFigures} (stages, contracts due for
 * review; plain records); otherwise its API is HTTP ({@code /api/cycles}, {@code /api/contracts}, the {@code /cycles} page). A body's
 * decision comes through meetings' {@code GovernanceDecision} contract; {@code domain} is internal.
 */
@ApplicationModule(displayName = "Commissioning cycle")
package org.childrenstrust.commissioning.cycle;

import org.springframework.modulith.ApplicationModule;
