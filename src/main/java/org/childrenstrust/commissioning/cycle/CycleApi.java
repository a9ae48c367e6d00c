package org.childrenstrust.commissioning.cycle;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The commissioning cycle for other systems and scripts (HTTP Basic, anyone signed in): every
 * cycle with its stage, and the contract register (JSON and CSV).
 */
@RestController
class CycleApi {

  private final CycleRegister register;
  private final OcdsExport ocds;

  CycleApi(CycleRegister register, OcdsExport ocds) {
    this.register = register;
    this.ocds = ocds;
  }

  /** The cycle's procurement as an OCDS 1.1 release package. */
  @GetMapping("/api/cycles/{reference}/ocds")
  java.util.Map<String, Object> ocds(@org.springframework.web.bind.annotation.PathVariable String reference) {
    return ocds.releasePackage(reference);
  }

  @GetMapping("/api/cycles")
  List<CycleRegister.CycleView> cycles() {
    return register.cycles();
  }

  @GetMapping("/api/contracts")
  List<CycleRegister.ContractView> contracts() {
    return register.contracts();
  }

  @GetMapping("/api/contracts.csv")
  ResponseEntity<String> contractsCsv() {
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contract-register.csv\"")
        .body(register.contractsCsv());
  }
}
