package org.childrenstrust.commissioning.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.modulith.NamedInterface;

/**
 * The CSRF token of the application's own upload pages (the meetings' papers page, the ABG grant
 * lines page): the webapps' CSRF filter covers {@code /camunda/**} only, and a browser sends the
 * Tasklist session cookie with a form posted from another site. Each session gets a random token per
 * page, kept under the page's session attribute; a POST must carry it.
 */
@NamedInterface("web")
public final class PageTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private PageTokens() {}

  /** The session's token for the page keeping it under {@code sessionAttribute}, created on first use. */
  public static String tokenFor(HttpServletRequest request, String sessionAttribute) {
    HttpSession session = request.getSession(true);
    if (session.getAttribute(sessionAttribute) instanceof String existing) {
      return existing;
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String created = HexFormat.of().formatHex(random);
    session.setAttribute(sessionAttribute, created);
    return created;
  }

  /** Whether {@code submitted} is the session's token for that page (compared in constant time). */
  public static boolean matches(HttpServletRequest request, String sessionAttribute, String submitted) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(sessionAttribute);
    return expected instanceof String token && submitted != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
  }
}
