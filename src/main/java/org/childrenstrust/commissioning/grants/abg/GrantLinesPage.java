package org.childrenstrust.commissioning.grants.abg;

import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.platform.web.SignedInUser;
import org.childrenstrust.commissioning.platform.web.PageTokens;
import org.childrenstrust.commissioning.platform.web.SignedInUsers;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.errors.InvalidProcessInput;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page on which a commissioning officer (or an administrator) uploads the year's grant lines from
 * the browser, as finance exports them (Excel .xlsx or CSV): the same checks and messages as
 * {@code POST /api/abg/grant-lines}; nothing is loaded while any row is wrong. The "Load grant lines"
 * task links here. Who is calling comes from the Tasklist session or HTTP Basic ({@link SignedInUsers}).
 *
 * <p>CSRF: as on the meetings' papers page, each session gets a random token that every upload must carry.
 */
@Controller
@RequestMapping("/abg/grant-lines")
class GrantLinesPage {

  static final String CSRF_SESSION_ATTRIBUTE = GrantLinesPage.class.getName() + ".csrf";
  private static final String TEMPLATE = "abg/grant-lines";

  private final AllocationService allocations;
  private final SignedInUsers signedInUsers;

  GrantLinesPage(AllocationService allocations, SignedInUsers signedInUsers) {
    this.allocations = allocations;
    this.signedInUsers = signedInUsers;
  }

  @GetMapping
  ModelAndView page(@RequestParam(name = "financialYear", required = false) String financialYear, HttpServletRequest request) {
    SignedInUser user = signedInUsers.of(request).orElse(null);
    if (user == null) {
      return loginPage();
    }
    if (!allowed(user)) {
      return forbidden(user);
    }
    return page(user, request, financialYear, null, null, HttpStatus.OK);
  }

  @PostMapping
  ModelAndView upload(@RequestParam(name = "financialYear", required = false) String financialYear,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "csrf", required = false) String csrf, HttpServletRequest request) throws IOException {
    SignedInUser user = signedInUsers.of(request).orElse(null);
    if (user == null) {
      return loginPage();
    }
    if (!allowed(user)) {
      return forbidden(user);
    }
    if (!PageTokens.matches(request, CSRF_SESSION_ATTRIBUTE, csrf)) {
      return page(user, request, financialYear, null, "This form has expired or did not come from this page: nothing was "
          + "loaded. Choose the file again and upload it from the page below.", HttpStatus.FORBIDDEN);
    }
    if (financialYear == null || financialYear.isBlank()) {
      return page(user, request, financialYear, null, "Say which financial year the grant lines are for (e.g. 2010/11).",
          HttpStatus.BAD_REQUEST);
    }
    if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
      return page(user, request, financialYear, null, "Choose the finance export (.xlsx or .csv) before uploading.",
          HttpStatus.BAD_REQUEST);
    }
    try {
      String year = FinancialYearLabel.parse(financialYear.trim()).toString();
      int count = allocations.loadFile(year, file.getOriginalFilename(), file.getBytes(), user.userId());
      return page(user, request, year, "Loaded " + count + (count == 1 ? " grant line" : " grant lines") + " for " + year
          + " from " + file.getOriginalFilename() + ". Now complete the task 'Load grant lines' of " + year
          + " in Tasklist (leave the box as it is) to review the proposed allocations.", null, HttpStatus.OK);
    } catch (NotFound e) {
      return page(user, request, financialYear, null, e.getMessage(), HttpStatus.NOT_FOUND);
    } catch (BusinessRuleViolation e) {
      HttpStatus status = switch (e.kind()) {
        case FORBIDDEN -> HttpStatus.FORBIDDEN;
        case CONFLICT -> HttpStatus.CONFLICT;
        case MALFORMED -> HttpStatus.BAD_REQUEST;
        default -> HttpStatus.UNPROCESSABLE_ENTITY;
      };
      return page(user, request, financialYear, null, e.getMessage(), status);
    } catch (InvalidProcessInput | IllegalArgumentException e) {
      return page(user, request, financialYear, null, e.getMessage(), HttpStatus.BAD_REQUEST);
    }
  }

  private static boolean allowed(SignedInUser user) {
    return user.inAnyGroup(GovernanceGroup.COMMISSIONING_OFFICERS.id(), GovernanceGroup.ADMINISTRATORS_ID);
  }

  private ModelAndView page(SignedInUser user, HttpServletRequest request, String financialYear, String message, String error,
      HttpStatus status) {
    ModelAndView page = new ModelAndView(TEMPLATE, status);
    page.addObject("user", user.userId());
    page.addObject("financialYear", financialYear);
    page.addObject("message", message);
    page.addObject("error", error);
    page.addObject("csrf", PageTokens.tokenFor(request, CSRF_SESSION_ATTRIBUTE));
    page.addObject("header", String.join(",", GrantLinesCsv.HEADER));
    return page;
  }

  private static ModelAndView loginPage() {
    ModelAndView page = new ModelAndView(TEMPLATE, HttpStatus.UNAUTHORIZED);
    page.addObject("login", true);
    return page;
  }

  private static ModelAndView forbidden(SignedInUser user) {
    ModelAndView page = new ModelAndView(TEMPLATE, HttpStatus.FORBIDDEN);
    page.addObject("forbidden", true);
    page.addObject("user", user.userId());
    page.addObject("error", "Only commissioning officers and administrators can load grant lines. You are logged in as "
        + user.userId() + "; if you need to load them, ask a commissioning officer.");
    return page;
  }
}
