package com.chenbao.demo;

import com.chenbao.roster.RosterImportResult;
import com.chenbao.roster.RosterImporter;
import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.RosterSummary;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.roster.StaffView;
import com.chenbao.schoolconfig.SchoolConfigured;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When the demo school's file has been applied and the school has no students yet, generates its
 * roster and imports it through the ordinary roster import, so the demo exercises the same path as
 * a real school's upload. A school that already has a roster (demo or real) is never touched.
 */
@Component
class DemoSchoolLoader {

  static final String DEMO_SCHOOL = "zhengyuan";
  private static final Logger log = LoggerFactory.getLogger(DemoSchoolLoader.class);

  private final DemoProperties properties;
  private final RosterQuery roster;
  private final RosterImporter importer;
  private final SchoolDirectory schools;

  DemoSchoolLoader(
      DemoProperties properties,
      RosterQuery roster,
      RosterImporter importer,
      SchoolDirectory schools) {
    this.properties = properties;
    this.roster = roster;
    this.importer = importer;
    this.schools = schools;
  }

  /** The demo school's generated people; the same classes always give the same people. */
  static DemoRoster generate(DemoPeople people, List<DemoRoster.ClassRef> classes, int perClass) {
    return DemoRoster.generate(people, classes, perClass, 24, 20200206L);
  }

  // Runs after the school file's transaction committed, synchronously, so the demo is complete by
  // the
  // time the service reports itself started. REQUIRES_NEW: the committed transaction's resources
  // are
  // still bound at this point and must not be joined.
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void onSchoolConfigured(SchoolConfigured event) {
    if (!properties.enabled() || !DEMO_SCHOOL.equals(event.schoolCode())) {
      return;
    }
    RosterSummary summary = roster.summary(DEMO_SCHOOL);
    RosterSummary.Totals totals = summary.totals();
    if (totals.active() + totals.onLeave() + totals.transferredOut() > 0) {
      return;
    }
    DemoPeople people = DemoPeople.load();
    List<DemoRoster.ClassRef> classes =
        summary.classes().stream()
            .map(c -> new DemoRoster.ClassRef(c.grade(), c.className()))
            .toList();
    DemoRoster generated = generate(people, classes, properties.studentsPerClass());
    long schoolId = schools.findSchool(DEMO_SCHOOL).orElseThrow().id();
    // The staff sheet is the whole staff list: people named in the school file stay active.
    List<DemoRoster.StaffRow> staff = new ArrayList<>();
    for (StaffView known : roster.activeStaff(schoolId)) {
      staff.add(
          new DemoRoster.StaffRow(
              known.name(),
              known.phone() == null ? "" : known.phone(),
              known.dingtalkUserId() == null ? "" : known.dingtalkUserId(),
              known.title() == null ? "" : known.title()));
    }
    staff.addAll(generated.staff);
    byte[] workbook = DemoRosterWorkbook.write(people, generated.students, staff);
    RosterImportResult result =
        importer.importRoster(DEMO_SCHOOL, "zhengyuan-demo-roster.xlsx", workbook, "demo");
    log.info(
        "Demo school {}: imported {} students in {} classes and {} staff",
        DEMO_SCHOOL,
        result.created(),
        classes.size(),
        result.staff().created() + result.staff().updated() + result.staff().unchanged());
  }
}
