package org.brandpulse.app.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.brandpulse.nlp.ComplaintCategory;

/**
 * What {@link DemoDataGenerator#generate} wrote and planted, so tests and the demo command can
 * check the pipeline against known truth.
 *
 * @param directory the output folder
 * @param firstDay first day of the data (UTC)
 * @param lastDay last day of the data (UTC), inclusive
 * @param seed the random seed used
 * @param files the files, in writing order
 * @param languages readable posts per language code (all files), sorted by code
 * @param complaints complaint posts per category (originals, "still waiting" follow-ups and
 *     same-issue replies; retweets and spam not counted)
 * @param competitorComplaints how many of those are about ShopNest or Dhakart
 * @param offTopic posts that name no brand and must be dropped by the brand matcher
 * @param retweets {@code RT @user: ...} copies of other posts
 * @param spamCopies copy-paste spam posts with tiny edits
 * @param brandReplies replies from {@code @bazarly_help} threaded under complaints
 * @param malformed the records planted broken, with file and line
 * @param events the sale spike, delivery incident and viral complaint
 * @param brandTerms lower-case terms of which every on-topic post contains at least one
 */
public record DemoData(
    Path directory,
    LocalDate firstDay,
    LocalDate lastDay,
    long seed,
    List<DemoFile> files,
    Map<String, Integer> languages,
    Map<ComplaintCategory, Integer> complaints,
    int competitorComplaints,
    int offTopic,
    int retweets,
    int spamCopies,
    int brandReplies,
    List<MalformedRecord> malformed,
    List<DemoEvent> events,
    List<String> brandTerms) {

  public DemoData {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(lastDay, "lastDay");
    files = List.copyOf(files);
    languages = Collections.unmodifiableMap(new TreeMap<>(languages));
    EnumMap<ComplaintCategory, Integer> byCategory = new EnumMap<>(ComplaintCategory.class);
    byCategory.putAll(complaints);
    complaints = Collections.unmodifiableMap(byCategory);
    malformed = List.copyOf(malformed);
    events = List.copyOf(events);
    brandTerms = List.copyOf(brandTerms);
  }

  /** Readable posts over all files. */
  public int totalPosts() {
    return files.stream().mapToInt(DemoFile::posts).sum();
  }

  /** Complaint posts over all categories. */
  public int totalComplaints() {
    return complaints.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Near-duplicates planted: retweets plus spam copies. */
  public int duplicates() {
    return retweets + spamCopies;
  }

  /** The file with that name. */
  public DemoFile file(String name) {
    return files.stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("the demo wrote no file named '" + name + "'"));
  }
}
