package org.childrenstrust.commissioning.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.childrenstrust.commissioning.platform.PlatformWebTest;
import org.childrenstrust.commissioning.platform.identity.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Issue 8, part 4: security headers on the public pages, the APIs and the Camunda webapps (embedded default). */
class SecurityHeadersTest extends PlatformWebTest {

  @Test
  void thePublicPagesHaveAPolicyWithoutScriptsAndNoSniffing() {
    HttpResponse<String> page = http().get("/public/meetings");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(page.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
  }

  @Test
  void aMissingPublicPageAndTheApisHaveThemToo() {
    HttpResponse<String> missing = http().get("/public/meetings/NO-SUCH-MEETING/agenda");
    HttpResponse<String> api = as(DemoUsers.CLERK.id(), DemoUsers.PASSWORD).get("/api/bodies/ECG/forward-plan");
    HttpResponse<String> engine = as(DemoUsers.CLERK.id(), DemoUsers.PASSWORD).get("/engine-rest/task");
    HttpResponse<String> anonymous = http().get("/engine-rest/task");

    for (HttpResponse<String> response : new HttpResponse[] {missing, api, engine, anonymous}) {
      assertThat(response.headers().firstValue("X-Content-Type-Options")).as(response.uri().toString()).hasValue("nosniff");
      assertThat(response.headers().firstValue("Content-Security-Policy")).as(response.uri().toString())
          .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
    }
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(anonymous.statusCode()).isEqualTo(401);
  }

  @Test
  void theCamundaWebappsHaveCamundasPolicyAndNoSniffing() {
    HttpResponse<String> tasklist = http().get("/camunda/app/tasklist/default/");
    HttpResponse<String> webappApi = http().get("/camunda/api/admin/auth/user/default");

    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(tasklist.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("object-src 'none'").contains("frame-ancestors 'none'"));
    assertThat(tasklist.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(webappApi.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void htsIsSentOverTlsWhenSwitchedOn() throws Exception {
    SecurityHeadersFilter on = new SecurityHeadersFilter(new SecurityProperties(true, 600L), "/camunda");
    SecurityHeadersFilter off = new SecurityHeadersFilter(new SecurityProperties(false, 600L), "/camunda");

    assertThat(hsts(on, true)).isEqualTo("max-age=600; includeSubDomains");
    assertThat(hsts(on, false)).as("not over plain HTTP").isNull();
    assertThat(hsts(off, true)).isNull();
  }

  private static String hsts(SecurityHeadersFilter filter, boolean secure) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/public/meetings");
    request.setSecure(secure);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response.getHeader("Strict-Transport-Security");
  }
}
