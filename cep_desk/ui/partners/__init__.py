"""The partner directory tab, the partner page, the referral dialog and the background import."""
