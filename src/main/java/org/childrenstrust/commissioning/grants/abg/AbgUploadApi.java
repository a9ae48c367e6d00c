package org.childrenstrust.commissioning.grants.abg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Commissioning officers (and administrators) upload the year's grant lines as finance exports them:
 * an Excel workbook (.xlsx) or a CSV file, as {@code multipart/form-data} part {@code file}. Every row
 * is checked; nothing is loaded while any row is wrong (422 with each row's errors).
 */
@RestController
class AbgUploadApi {

  private static final List<String> ALLOWED = List.of(GovernanceGroup.COMMISSIONING_OFFICERS.id(), GovernanceGroup.ADMINISTRATORS_ID);

  private final AllocationService allocations;
  private final IdentityService identityService;

  AbgUploadApi(AllocationService allocations, IdentityService identityService) {
    this.allocations = allocations;
    this.identityService = identityService;
  }

  /** Before the upload is read: only commissioning officers and administrators load grant lines. */
  @ModelAttribute
  void onlyCommissioningOfficersAndAdministrators() {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null || user.getGroupIds() == null || user.getGroupIds().stream().noneMatch(ALLOWED::contains)) {
      throw BusinessRuleViolation.forbidden("Only commissioning officers and administrators can load grant lines.");
    }
  }

  record Loaded(String financialYear, int grantLines, String next) {}

  @PostMapping("/api/abg/grant-lines")
  Loaded upload(@RequestParam String financialYear, @RequestParam("file") MultipartFile file) {
    String year = FinancialYearLabel.parse(financialYear).toString();
    int count;
    try {
      count = allocations.loadFile(year, file.getOriginalFilename(), file.getBytes(), identityService.getCurrentAuthentication().getUserId());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Loaded(year, count, "Complete the task 'Load grant lines' of " + year + " in Tasklist (leave the box as it is) "
        + "to review the proposed allocations.");
  }
}
