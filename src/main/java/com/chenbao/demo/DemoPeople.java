package com.chenbao.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The name pools and file layout of demo/zhengyuan-people.yml. */
record DemoPeople(
    List<String> surnames,
    List<String> childGiven,
    List<String> adultGiven,
    String fatherRelation,
    String motherRelation,
    List<String> grandRelations,
    String classTeacherTitle,
    List<String> staffTitles,
    String studentSheet,
    List<String> studentHeaders,
    String staffSheet,
    List<String> staffHeaders,
    HomeSchool homeSchool) {

  /** The planted cases of the demo's home-school contacts (DemoHomeSchool). */
  record HomeSchool(String campus, Person friend, Person samePhone, Pupil newPupil) {}

  record Person(String name, String relation, @org.jspecify.annotations.Nullable String mobile) {}

  record Pupil(String name, String studentNo) {}

  static DemoPeople load() {
    try (InputStream in = DemoPeople.class.getResourceAsStream("/demo/zhengyuan-people.yml")) {
      if (in == null) {
        throw new IllegalStateException("demo/zhengyuan-people.yml is missing from the classpath");
      }
      return new ObjectMapper(new YAMLFactory()).readValue(in, DemoPeople.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read demo/zhengyuan-people.yml", e);
    }
  }
}
