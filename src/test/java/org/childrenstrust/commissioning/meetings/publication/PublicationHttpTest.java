package org.childrenstrust.commissioning.meetings.publication;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.childrenstrust.commissioning.meetings.domain.GovernanceBody;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingRepository;
import org.childrenstrust.commissioning.meetings.domain.MeetingStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application on a random port, with the example meeting stored through JPA (committed: the
 * server's threads read it) under a body code of its own per test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PublicationHttpTest {

  static final LocalDate MARCH_11 = LocalDate.of(2010, 3, 11);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  int port;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  EntityManager entityManager;
  @Autowired
  MeetingRepository meetings;

  /** A new body (group {@code camundaGroupId}) with its members; returns its code. */
  String body(String camundaGroupId) {
    String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    transaction.executeWithoutResult(status -> {
      GovernanceBody body = ExampleMeeting.body(code, camundaGroupId);
      entityManager.persist(body);
      body.getMembers().forEach(entityManager::persist);
    });
    return code;
  }

  /** The example meeting of body {@code code} on {@code date}, in {@code status}; returns its reference. */
  String meeting(String code, LocalDate date, MeetingStatus status) {
    return transaction.execute(tx -> {
      GovernanceBody body = entityManager.createQuery("select b from GovernanceBody b where b.code = :code",
          GovernanceBody.class).setParameter("code", code).getSingleResult();
      Meeting meeting = ExampleMeeting.meeting(body, date);
      ExampleMeeting.inStatus(meeting, status);
      entityManager.persist(meeting);
      return meeting.getReference();
    });
  }

  void setStatus(String reference, MeetingStatus status) {
    transaction.executeWithoutResult(tx -> ExampleMeeting.inStatus(meetings.findByReference(reference).orElseThrow(), status));
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  HttpResponse<byte[]> get(String path) throws Exception {
    return get(uri(path), null);
  }

  HttpResponse<byte[]> get(URI uri, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  static String contentType(HttpResponse<byte[]> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }
}
