package com.chenbao.roster;

import java.io.IOException;
import java.util.Objects;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Roster upload and summary for operators; the admin bearer-token filter guards /api/**. */
@RestController
@RequestMapping("/api/schools/{schoolCode}/roster")
class RosterController {

  /** The audit actor for calls with the admin token. */
  static final String API_ACTOR = "api-token";

  private final RosterImporter importer;
  private final RosterQuery query;
  private final RosterUploadProperties limits;

  RosterController(RosterImporter importer, RosterQuery query, RosterUploadProperties limits) {
    this.importer = importer;
    this.query = query;
    this.limits = limits;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  RosterImportResult importRoster(
      @PathVariable String schoolCode, @RequestParam("file") MultipartFile file)
      throws IOException {
    if (file.getSize() > limits.maxFileSize().toBytes()) {
      throw new RosterTooLarge();
    }
    String name = Objects.requireNonNullElse(file.getOriginalFilename(), "roster");
    return importer.importRoster(schoolCode, name, file.getBytes(), API_ACTOR);
  }

  @GetMapping("/summary")
  RosterSummary summary(@PathVariable String schoolCode) {
    return query.summary(schoolCode);
  }
}
