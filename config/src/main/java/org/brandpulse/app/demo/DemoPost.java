package org.brandpulse.app.demo;

import java.time.Instant;
import java.util.Objects;
import org.brandpulse.nlp.ComplaintCategory;

/**
 * One planned post before it is written, with what the generator knows about it.
 *
 * @param nativeId the id in the file
 * @param createdAt when it was posted
 * @param text the text
 * @param lang ISO 639-1 code
 * @param author who posted it
 * @param replyTo native id of the post this answers, or null
 * @param conversation native id of the thread's first post (its own id for a first post)
 * @param url link to the post
 * @param kind what it is
 * @param category the complaint category, {@link ComplaintCategory#NONE} for no complaint
 * @param brand the brand it is about, or null for off-topic posts
 */
record DemoPost(
    String nativeId,
    Instant createdAt,
    String text,
    String lang,
    Persona author,
    String replyTo,
    String conversation,
    String url,
    PostKind kind,
    ComplaintCategory category,
    Brand brand,
    int likes,
    int shares,
    int replies) {

  DemoPost {
    Objects.requireNonNull(nativeId, "nativeId");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(category, "category");
    if (kind != PostKind.OFFTOPIC && !Brand.mentionedIn(text)) {
      throw new IllegalStateException(
          "demo " + kind + " post " + nativeId + " names no brand: " + text);
    }
    if (kind == PostKind.OFFTOPIC && Brand.mentionedIn(text)) {
      throw new IllegalStateException(
          "off-topic demo post " + nativeId + " names a brand: " + text);
    }
  }

  boolean isComplaint() {
    return category != ComplaintCategory.NONE;
  }

  DemoPost withReplies(int count) {
    return new DemoPost(
        nativeId,
        createdAt,
        text,
        lang,
        author,
        replyTo,
        conversation,
        url,
        kind,
        category,
        brand,
        likes,
        shares,
        count);
  }
}
