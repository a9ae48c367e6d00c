package org.childrenstrust.commissioning.meetings.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenstrust.commissioning.meetings.publication.ExampleMeeting.*;

import java.net.http.HttpResponse;
import org.childrenstrust.commissioning.meetings.domain.MeetingStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The internal agenda pack and minutes: HTTP Basic, body members, clerks and administrators only. */
class MeetingPapersApiTest extends PublicationHttpTest {

  private String reference;

  @BeforeEach
  void draftMinutes() {
    reference = meeting(body("management-group"), MARCH_11, MeetingStatus.MINUTES_DRAFT);
  }

  @Test
  void anonymousCallersAndWrongPasswordsAreUnauthorised() throws Exception {
    assertThat(get("/api/meetings/" + reference + "/agenda-pack.pdf").statusCode()).isEqualTo(401);
    assertThat(get(uri("/api/meetings/" + reference + "/minutes.pdf"), "no.such.person:demo").statusCode()).isEqualTo(401);
  }

  @Test
  void someoneOutsideTheBodyIsForbiddenWithAReadableMessage() throws Exception {
    HttpResponse<byte[]> response = get(uri("/api/meetings/" + reference + "/agenda-pack.pdf"), "grace.okafor:demo");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(contentType(response)).startsWith("application/json");
    assertThat(text(response)).contains("\"status\":403")
        .contains("include items exempt from publication: only members of Children's Trust Executive Commissioning Group, clerks and administrators may read them")
        .doesNotContain(EXEMPT);
    assertThat(get(uri("/api/meetings/" + reference + "/minutes.pdf"), "grace.okafor:demo").statusCode()).isEqualTo(403);
  }

  @Test
  void membersOfTheBodysGroupReadTheInternalPackAndDraftMinutes() throws Exception {
    HttpResponse<byte[]> pack = get(uri("/api/meetings/" + reference + "/agenda-pack.pdf"), "tom.hadley:demo");
    assertThat(pack.statusCode()).isEqualTo(200);
    assertThat(contentType(pack)).isEqualTo("application/pdf");
    assertThat(pack.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"" + reference + "-agenda-internal.pdf\"");
    assertThat(MeetingDocumentsTest.pdfText(pack.body(), 1)).contains("Page 1 of", WORKFORCE, EXEMPT,
        "Three bids were received and evaluated.");

    HttpResponse<byte[]> minutes = get(uri("/api/meetings/" + reference + "/minutes.pdf"), "tom.hadley:demo");
    assertThat(minutes.statusCode()).isEqualTo(200);
    assertThat(MeetingDocumentsTest.pdfText(minutes.body(), 1)).contains("Draft – not yet approved", WORKFORCE_DECISION,
        EXEMPT_MINUTE, EXEMPT_ACTION);
  }

  @Test
  void clerksAndAdministratorsReadThePapersOfEveryBody() throws Exception {
    String otherBody = meeting(body("outcome-stay-safe"), MARCH_11, MeetingStatus.MINUTES_DRAFT);
    for (String user : new String[] {"clara.jones:demo", "admin:demo"}) {
      HttpResponse<byte[]> response = get(uri("/api/meetings/" + otherBody + "/minutes.pdf"), user);
      assertThat(response.statusCode()).as(user).isEqualTo(200);
      assertThat(MeetingDocumentsTest.pdfText(response.body(), 1)).contains(EXEMPT_MINUTE);
    }
    assertThat(get(uri("/api/meetings/" + otherBody + "/minutes.pdf"), "tom.hadley:demo").statusCode()).isEqualTo(403);
  }

  @Test
  void anUnknownMeetingIsNotFound() throws Exception {
    HttpResponse<byte[]> response = get(uri("/api/meetings/NOPE-2010-01-01/agenda-pack.pdf"), "clara.jones:demo");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(text(response)).contains("There is no meeting NOPE-2010-01-01.");
  }
}
