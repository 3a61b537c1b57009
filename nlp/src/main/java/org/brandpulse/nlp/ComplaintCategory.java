package org.brandpulse.nlp;

/** What a complaint is about. {@link #NONE} when the text is not a complaint. */
public enum ComplaintCategory {
  NONE,
  DAMAGED_DEFECTIVE,
  LATE_MISSING_DELIVERY,
  REFUND_RETURN,
  BILLING_PAYMENT,
  ACCOUNT_ACCESS,
  CUSTOMER_SERVICE,
  FRAUD_SCAM,
  OTHER
}
