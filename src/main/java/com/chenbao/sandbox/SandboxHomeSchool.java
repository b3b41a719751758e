package com.chenbao.sandbox;

import com.chenbao.demo.DemoHomeSchool;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The sandbox org's home-school contacts, which its edu endpoints serve: the demo school's (see
 * {@link DemoHomeSchool}) unless a test or a person trying the sync put others in with {@link
 * #replace}.
 */
@Component
@Conditional(SandboxMode.class)
public class SandboxHomeSchool {

  /**
   * The org's contacts: one campus node, grade nodes, class nodes, and the people in the classes.
   */
  public record Contacts(
      String campus,
      List<ClassNode> classes,
      List<Student> students,
      List<Guardian> guardians,
      List<Relation> relations) {}

  /** {@code id} must be numeric, as DingTalk's dept ids are. */
  public record ClassNode(String id, String grade, String name) {}

  public record Student(String userId, String name, String classId, @Nullable String studentNo) {}

  public record Guardian(String userId, String name, String mobile) {}

  public record Relation(
      String guardianUserId, String studentUserId, String relation, String classId) {}

  private final DemoHomeSchool demo;
  private volatile @Nullable Contacts contacts;

  SandboxHomeSchool(DemoHomeSchool demo) {
    this.demo = demo;
  }

  /** Serves these contacts from now on. */
  public void replace(Contacts replacement) {
    contacts = replacement;
  }

  /** Back to the demo school's contacts. */
  public void reset() {
    contacts = null;
  }

  Contacts current() {
    Contacts current = contacts;
    if (current != null) {
      return current;
    }
    // Kept only once the demo school has its classes (not before its file is applied).
    return demo.contacts()
        .map(SandboxHomeSchool::fromDemo)
        .map(
            loaded -> {
              contacts = loaded;
              return loaded;
            })
        .orElse(new Contacts("", List.of(), List.of(), List.of(), List.of()));
  }

  private static Contacts fromDemo(DemoHomeSchool.Contacts d) {
    return new Contacts(
        d.campus(),
        d.classes().stream().map(c -> new ClassNode(c.id(), c.grade(), c.name())).toList(),
        d.students().stream()
            .map(s -> new Student(s.userId(), s.name(), s.classId(), s.studentNo()))
            .toList(),
        d.guardians().stream().map(g -> new Guardian(g.userId(), g.name(), g.mobile())).toList(),
        d.relations().stream()
            .map(
                r -> new Relation(r.guardianUserId(), r.studentUserId(), r.relation(), r.classId()))
            .toList());
  }
}
