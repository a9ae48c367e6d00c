package org.childrenstrust.commissioning.platform.web;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * The person using one of the application's own pages (found by {@link SignedInUsers}).
 *
 * @param userId the Camunda user id
 * @param groupIds the user's groups
 */
@NamedInterface("web")
public record SignedInUser(String userId, List<String> groupIds) {

  public boolean inAnyGroup(String... groups) {
    for (String group : groups) {
      if (groupIds.contains(group)) {
        return true;
      }
    }
    return false;
  }
}
