/**
 * The domain's refusals: {@link org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation},
 * {@link org.childrenstrust.commissioning.shared.errors.InvalidProcessInput} and
 * {@link org.childrenstrust.commissioning.shared.errors.NotFound}. Features throw them; the web
 * layer in {@code platform.web} maps them to answers a person can read.
 */
@NamedInterface("errors")
package org.childrenstrust.commissioning.shared.errors;

import org.springframework.modulith.NamedInterface;
