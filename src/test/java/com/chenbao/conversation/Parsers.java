package com.chenbao.conversation;

import com.chenbao.forms.FormCatalog;
import com.chenbao.shared.MessageTexts;
import com.chenbao.shared.TemplateProperties;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Test fixtures: a parser over the shipped templates, or over a templates dir with overrides. */
final class Parsers {

  private Parsers() {}

  static ReplyParser shipped() {
    return withTemplates(null);
  }

  static ReplyParser withTemplates(@Nullable Path dir) {
    TemplateProperties properties = new TemplateProperties(dir);
    MessageTexts texts = new MessageTexts(properties);
    return new ReplyParser(properties, texts, new FormCatalog(properties, texts));
  }

  static java.util.Set<String> questionIds(com.chenbao.forms.Form form) {
    return form.questions().stream()
        .map(com.chenbao.forms.Question::id)
        .collect(java.util.stream.Collectors.toSet());
  }

  static FormCatalog forms() {
    return formsIn(null);
  }

  static FormCatalog formsIn(@Nullable Path dir) {
    TemplateProperties properties = new TemplateProperties(dir);
    return new FormCatalog(properties, new MessageTexts(properties));
  }
}
