package org.brandpulse.app.demo;

/** What a demo post is, which decides the phrase section it is drawn from. */
enum PostKind {
  PRAISE("praise"),
  QUESTION("question"),
  PRODUCT("product"),
  PROMO("promo"),
  COMPARE("compare"),
  SHARE("share"),
  COMPLAINT("complaint"),
  OFFICIAL("official"),
  OFFTOPIC("offtopic"),
  HELP_REPLY("help"),
  FOLLOW_UP("followup"),
  SAME_ISSUE("sameissue"),
  VIRAL("viral"),
  RETWEET("retweet"),
  SPAM("spam");

  final String section;

  PostKind(String section) {
    this.section = section;
  }
}
