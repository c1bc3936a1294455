"""The version of newsmon's claim rules, kept apart from them so the process stage can
compare stored articles with it without loading spaCy. A change of the rules' output is a
new version: the next run analyses every stored English article again."""

CLAIMS_VERSION = "newsmon-claims/106"
