package org.childrenstrust.commissioning.meetings;

import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.childrenstrust.commissioning.meetings.PaperUploads.Uploader;
import org.childrenstrust.commissioning.meetings.domain.AgendaPaper;
import org.childrenstrust.commissioning.meetings.publication.DocumentVariant;
import org.childrenstrust.commissioning.meetings.publication.MeetingDocuments;
import org.childrenstrust.commissioning.meetings.publication.MeetingPaper;
import org.childrenstrust.commissioning.meetings.publication.MeetingPapers;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.childrenstrust.commissioning.platform.web.PageTokens;
import org.childrenstrust.commissioning.platform.web.SignedInUsers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page on which the clerk (or an item's lead officer) sees which papers of a meeting have arrived
 * and uploads the reports, for people who do not use the API. Who is calling comes from the Camunda
 * webapps' session (the user logged into Tasklist) or, for scripts, HTTP Basic credentials.
 *
 * <p>CSRF: the webapps' own CSRF filter covers {@code /camunda/**} only, and a browser sends the
 * session cookie (or cached Basic credentials) with a form another site makes it post. So each
 * session gets a random token, put into every form as a hidden field, and an upload whose token does
 * not match is refused.
 */
@Controller
@RequestMapping("/meetings/{reference}/papers")
class PapersPage {

  static final String CSRF_SESSION_ATTRIBUTE = PapersPage.class.getName() + ".csrf";
  static final String CSRF_FIELD = "csrf";
  private static final String TEMPLATE = "meetings/papers";

  private final PaperUploads uploads;
  private final MeetingPapers documents;
  private final MeetingDocuments renderer;
  private final SignedInUsers signedInUsers;

  PapersPage(PaperUploads uploads, MeetingPapers documents, MeetingDocuments renderer,
      SignedInUsers signedInUsers) {
    this.uploads = uploads;
    this.documents = documents;
    this.renderer = renderer;
    this.signedInUsers = signedInUsers;
  }

  @GetMapping
  ModelAndView page(@PathVariable String reference, HttpServletRequest request) {
    Uploader user = loggedIn(request, reference);
    return papers(reference, user, request, null, null, HttpStatus.OK);
  }

  @PostMapping
  ModelAndView upload(@PathVariable String reference, @RequestParam(name = "item", required = false) Integer item,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "title", required = false) String title,
      @RequestParam(name = CSRF_FIELD, required = false) String csrf, HttpServletRequest request) throws IOException {
    Uploader user = loggedIn(request, reference);
    if (!PageTokens.matches(request, CSRF_SESSION_ATTRIBUTE, csrf)) {
      return papers(reference, user, request, null, "This form has expired or did not come from this page: "
          + "nothing was uploaded. Choose the file again and upload it from the page below.", HttpStatus.FORBIDDEN);
    }
    if (item == null) {
      return papers(reference, user, request, null, "Say which item the report is for.", HttpStatus.BAD_REQUEST);
    }
    if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
      return papers(reference, user, request, null, "Choose the report's file for item " + item + " before uploading.",
          HttpStatus.BAD_REQUEST);
    }
    try {
      AgendaPaper paper = uploads.upload(reference, item, file.getOriginalFilename(), file.getBytes(), title, user);
      return papers(reference, user, request, "Uploaded: " + paper.getFileName() + " for item " + item, null, HttpStatus.OK);
    } catch (NotFound e) {
      return problem(e.getMessage(), HttpStatus.NOT_FOUND);
    } catch (BusinessRuleViolation e) {
      HttpStatus status = e.kind() == BusinessRuleViolation.Kind.FORBIDDEN ? HttpStatus.FORBIDDEN
          : HttpStatus.UNPROCESSABLE_ENTITY;
      return papers(reference, user, request, null, e.getMessage() + " Nothing was uploaded.", status);
    }
  }

  /** An item's uploaded report, for the page's readers (the API's download takes HTTP Basic only). */
  @GetMapping("/items/{number}")
  ResponseEntity<?> report(@PathVariable String reference, @PathVariable int number, HttpServletRequest request) {
    Uploader user = loggedIn(request, reference);
    MeetingPapers.ReportFile report = documents.report(reference, number, DocumentVariant.INTERNAL,
          meeting -> requireThat(uploads.mayReadReport(meeting, number, user), "Only members of " + meeting.getBody().getName()
              + ", clerks, administrators and the item's lead officer can read the report of item " + number + "."));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(report.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, report.contentDisposition())
        .header("X-Content-Type-Options", "nosniff")
        .body(report.content());
  }

  /** The internal agenda pack with the uploaded reports, for members of the body, clerks and administrators. */
  @GetMapping("/agenda-pack.pdf")
  ResponseEntity<?> agendaPack(@PathVariable String reference, HttpServletRequest request) {
    Uploader user = loggedIn(request, reference);
    MeetingPapers.Pack pack = documents.pack(reference, DocumentVariant.INTERNAL,
          meeting -> requireThat(uploads.mayReadPack(meeting, user), "The internal agenda pack includes items exempt "
              + "from publication: only members of " + meeting.getBody().getName() + ", clerks and administrators may read it."));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(MeetingDocuments.fileName(pack.paper(), MeetingDocuments.Kind.AGENDA)).build().toString())
        .body(renderer.agendaPack(pack));
  }

  /**
   * The meeting's minutes (the draft once recorded, exempt items included) for members of the body,
   * clerks and administrators: the next meeting's record form links the minutes it confirms here,
   * with the Tasklist session (the API's copy takes HTTP Basic only).
   */
  @GetMapping("/minutes.pdf")
  ResponseEntity<?> minutes(@PathVariable String reference, HttpServletRequest request) {
    Uploader user = loggedIn(request, reference);
    MeetingPaper paper = documents.load(reference, DocumentVariant.INTERNAL,
        meeting -> requireThat(uploads.mayReadPack(meeting, user), "The minutes include items exempt from publication: "
            + "only members of " + meeting.getBody().getName() + ", clerks and administrators may read them here."));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(MeetingDocuments.fileName(paper, MeetingDocuments.Kind.MINUTES)).build().toString())
        .body(renderer.pdf(paper, MeetingDocuments.Kind.MINUTES));
  }

  private static void requireThat(boolean allowed, String otherwise) {
    if (!allowed) {
      throw BusinessRuleViolation.forbidden(otherwise);
    }
  }

  /** Nobody is logged in: the page says where to log in. */
  static final class NotLoggedIn extends RuntimeException {
    private final String reference;

    NotLoggedIn(String reference) {
      super("Log in to Tasklist first.", null, false, false);
      this.reference = reference;
    }
  }

  @ExceptionHandler(NotLoggedIn.class)
  ModelAndView notLoggedIn(NotLoggedIn e) {
    return loginPage(e.reference);
  }

  @ExceptionHandler(NotFound.class)
  ModelAndView notFound(NotFound e) {
    return problem(e.getMessage(), HttpStatus.NOT_FOUND);
  }

  @ExceptionHandler(BusinessRuleViolation.class)
  ModelAndView refused(BusinessRuleViolation e) {
    return problem(e.getMessage(), e.kind() == BusinessRuleViolation.Kind.FORBIDDEN ? HttpStatus.FORBIDDEN
        : HttpStatus.UNPROCESSABLE_ENTITY);
  }

  private Uploader loggedIn(HttpServletRequest request, String reference) {
    Uploader user = user(request);
    if (user == null) {
      throw new NotLoggedIn(reference);
    }
    return user;
  }

  private ModelAndView papers(String reference, Uploader user, HttpServletRequest request, String message, String error,
      HttpStatus status) {
    ModelAndView page = new ModelAndView(TEMPLATE, status);
    page.addObject("meeting", uploads.view(reference, user));
    page.addObject("user", user.userId());
    page.addObject("message", message);
    page.addObject("error", error);
    page.addObject("csrf", PageTokens.tokenFor(request, CSRF_SESSION_ATTRIBUTE));
    page.addObject("mayReadPack", uploads.mayReadPack(reference, user));
    page.addObject("maxSize", uploads.maxSize());
    page.addObject("maxSizeText", PaperUploads.size(uploads.maxSize()).replace(".0 MB", " MB"));
    return page;
  }

  private static ModelAndView loginPage(String reference) {
    ModelAndView page = new ModelAndView(TEMPLATE, HttpStatus.UNAUTHORIZED);
    page.addObject("login", true);
    page.addObject("reference", reference);
    return page;
  }

  private static ModelAndView problem(String error, HttpStatus status) {
    ModelAndView page = new ModelAndView(TEMPLATE, status);
    page.addObject("error", error);
    return page;
  }

  /** The user logged into the Camunda webapps, else the one named by valid HTTP Basic credentials, else null. */
  private Uploader user(HttpServletRequest request) {
    return signedInUsers.of(request).map(user -> new Uploader(user.userId(), user.groupIds())).orElse(null);
  }
}
