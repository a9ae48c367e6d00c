/**
 * What every feature and the platform use and which uses nothing of theirs: exact money
 * ({@code money}), working days and the business clock ({@code calendar}), the domain's refusals
 * ({@code errors}). Each sub-package is a named interface.
 */
@ApplicationModule(displayName = "Shared kernel")
package org.childrenstrust.commissioning.shared;

import org.springframework.modulith.ApplicationModule;
