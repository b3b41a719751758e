/**
 * Conversation: turns an inbound chat message into an answer, a follow-up question or a command;
 * this part holds the reply parser ({@link com.chenbao.conversation.ReplyParser}), driven by the
 * form and by bot-templates/conversation/vocabulary.yml.
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.conversation;
