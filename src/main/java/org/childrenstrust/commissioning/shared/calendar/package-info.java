/** Working days (England and Wales bank holidays) and "now" from the engine's clock. */
@NamedInterface("calendar")
package org.childrenstrust.commissioning.shared.calendar;

import org.springframework.modulith.NamedInterface;
