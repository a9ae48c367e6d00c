/**
 * Grants: the Performance Reward Grant round and proposals ({@code grants.prg}) and the Area Based
 * Grant allocation, monitoring and underspend reallocation ({@code grants.abg}). Both are internal
 * to this module except the read-only {@link org.childrenstrust.commissioning.grants.AbgFigures}
 * (allocations, spend and forecast, overdue returns; plain records) for the oversight dashboard; a body's decision comes through meetings' {@code GovernanceDecision} contract.
 */
@ApplicationModule(displayName = "Grants")
package org.childrenstrust.commissioning.grants;

import org.springframework.modulith.ApplicationModule;
