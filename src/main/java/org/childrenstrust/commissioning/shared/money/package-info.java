/** Exact pounds and pence: rounding half up, shares that add up to their total. */
@NamedInterface("money")
package org.childrenstrust.commissioning.shared.money;

import org.springframework.modulith.NamedInterface;
