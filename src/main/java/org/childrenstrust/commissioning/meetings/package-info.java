/**
 * Governance meetings: forward plans, agendas, papers, minutes and the decisions taken at them
 * (processes {@code AgendaToMinutes}, {@code GovernanceDecision}, {@code ActionReminders}).
 *
 * <p>Its only API is {@link org.childrenstrust.commissioning.meetings.GovernanceDecision}, the
 * contract of the call activity through which other features ask a body for a decision. Every
 * other type of the base package is package-private, and {@code domain} and {@code publication}
 * are internal: no other feature uses meetings' services, entities or messages.
 */
@ApplicationModule(displayName = "Meetings")
package org.childrenstrust.commissioning.meetings;

import org.springframework.modulith.ApplicationModule;
