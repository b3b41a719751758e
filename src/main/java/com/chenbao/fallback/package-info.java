/**
 * The fallback channel (docs/fallback.md): guardians the robot cannot reach get a DingTalk work
 * notification (when DingTalk refused them) or a personal signed link to a mobile web form (no
 * DingTalk identity) that the class teacher forwards; the form stores answers through the same
 * rules as the chat.
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.fallback;
