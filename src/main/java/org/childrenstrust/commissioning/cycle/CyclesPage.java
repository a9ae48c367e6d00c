package org.childrenstrust.commissioning.cycle;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childrenstrust.commissioning.platform.web.SignedInUser;
import org.childrenstrust.commissioning.platform.web.SignedInUsers;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** Every service area's stage at a glance and the contracts due for review, for anyone signed in to Tasklist. */
@Controller
class CyclesPage {

  private final CycleRegister register;
  private final SignedInUsers signedInUsers;

  CyclesPage(CycleRegister register, SignedInUsers signedInUsers) {
    this.register = register;
    this.signedInUsers = signedInUsers;
  }

  @GetMapping("/cycles")
  ModelAndView page(HttpServletRequest request) {
    SignedInUser user = signedInUsers.of(request).orElse(null);
    if (user == null) {
      ModelAndView page = new ModelAndView("cycle/cycles", HttpStatus.UNAUTHORIZED);
      page.addObject("user", null);
      return page;
    }
    ModelAndView page = new ModelAndView("cycle/cycles", HttpStatus.OK);
    page.addObject("user", user.userId());
    Map<String, List<CycleRegister.CycleView>> byStage = new LinkedHashMap<>();
    for (String stage : List.of("UNDERSTAND", "PLAN", "DO", "REVIEW", "CLOSED")) {
      byStage.put(stage, register.cycles().stream().filter(c -> c.stage().equals(stage)).toList());
    }
    page.addObject("cycles", register.cycles());
    page.addObject("byStage", byStage);
    page.addObject("due", register.contracts().stream().filter(CycleRegister.ContractView::dueForReview).toList());
    page.addObject("contracts", register.contracts());
    return page;
  }
}
