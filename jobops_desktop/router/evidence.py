"""Evidence that needs no model: who sent it, which tracked job it names, what it says.

Everything here is plain string work on the parsed message, so it is fast, deterministic
and explainable; the reason line a person reads is built from these findings.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# ---------------------------------------------------------------- input shapes


@dataclass(frozen=True)
class MessageView:
    """The parts of a message the router reads (plain data, safe across threads)."""

    id: int
    sender_name: str
    sender_email: str
    subject: str
    text: str  # router_text (quotes and signatures trimmed), else body_text
    headers: dict[str, str] = field(default_factory=dict)
    thread_id: str = ""


@dataclass(frozen=True)
class JobView:
    id: int
    company: str
    title: str
    requisition_id: str = ""
    current_stage: str = "applied"


# ---------------------------------------------------------------- normalisation

COMPANY_SUFFIXES = {
    "inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "co", "company",
    "gmbh", "ag", "plc", "sa", "sas", "bv", "nv", "pty", "oy", "ab", "srl", "spa", "lp", "llp",
}
# Words that may stand before a title without changing the role ("Requisition: R-10 ...").
ROLE_PREFIX_WORDS = {"requisition", "req", "job", "title", "role", "position", "opening", "ref", "our",
                     "your", "this", "new", "open", "remote", "hybrid"}
TITLE_STOPWORDS = {"and", "the", "of", "for", "a", "an", "to", "in", "at", "with", "i", "ii",
                   "iii", "iv", "sr", "jr", "senior", "junior", "lead", "staff", "principal"}


def normalise(text: str) -> str:
    """Lowercase, accents folded, punctuation to spaces, single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("&", " and ")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return f" {' '.join(text.split())} "


def company_key(company: str) -> str:
    """'Stripe, Inc.' -> 'stripe'; 'Acme Robotics LLC' -> 'acme robotics'."""
    words = normalise(company).split()
    while len(words) > 1 and words[-1] in COMPANY_SUFFIXES:
        words.pop()
    return " ".join(words)


def contains_phrase(haystack_normalised: str, phrase: str) -> bool:
    return bool(phrase) and f" {phrase} " in haystack_normalised


# Role abbreviations recruiters write for the titles people track ("MLE, Ranking" for
# "Machine Learning Engineer, Ranking"): titles and text are compared with them spelled out.
ROLE_ABBREVIATIONS = {
    "ml": "machine learning", "mle": "machine learning engineer", "swe": "software engineer",
    "sde": "software development engineer", "sre": "site reliability engineer",
}


def spell_out_roles(normalised: str) -> str:
    """' mle ranking ' -> ' machine learning engineer ranking ' (normalised text in and out)."""
    return " ".join(ROLE_ABBREVIATIONS.get(w, w) for w in normalised.split(" "))


def title_tokens(title: str) -> set[str]:
    return {w for w in spell_out_roles(normalise(title)).split()
            if w not in TITLE_STOPWORDS and len(w) > 1}


# Words that describe what a company does rather than name it: mail from tidewell.io is from
# "Tidewell Analytics", and cobaltline.com from "Cobalt Line Logistics".
COMPANY_DESCRIPTORS = {
    "ai", "analytics", "bank", "bio", "capital", "cloud", "consulting", "data", "digital",
    "energy", "finance", "financial", "games", "global", "group", "health", "healthcare",
    "holdings", "industries", "insurance", "labs", "lab", "logistics", "media", "mobility",
    "networks", "payments", "robotics", "security", "software", "solutions", "studio",
    "studios", "systems", "technologies", "technology", "tech", "therapeutics", "ventures",
}


def company_short_key(key: str) -> str:
    """'tidewell analytics' -> 'tidewell'; a name that is only descriptors stays whole."""
    words = key.split()
    while len(words) > 1 and words[-1] in COMPANY_DESCRIPTORS:
        words.pop()
    return " ".join(words)


# ---------------------------------------------------------------- sender kinds

ATS_DOMAINS: dict[str, str] = {
    "greenhouse.io": "Greenhouse", "greenhouse-mail.io": "Greenhouse",
    "lever.co": "Lever", "hire.lever.co": "Lever",
    "ashbyhq.com": "Ashby", "ashby.io": "Ashby",
    "myworkday.com": "Workday", "workday.com": "Workday", "myworkdayjobs.com": "Workday",
    "smartrecruiters.com": "SmartRecruiters", "smartrecruitersmail.com": "SmartRecruiters",
    "icims.com": "iCIMS", "jobvite.com": "Jobvite", "taleo.net": "Taleo",
    "oracle.com": "Oracle Recruiting", "oraclecloud.com": "Oracle Recruiting",
    "bamboohr.com": "BambooHR", "workable.com": "Workable", "workablemail.com": "Workable",
    "recruitee.com": "Recruitee", "teamtailor.com": "Teamtailor", "teamtailor-mail.com":
    "Teamtailor", "applytojob.com": "JazzHR", "jazzhr.com": "JazzHR", "breezy.hr": "Breezy",
    "breezyhr.com": "Breezy", "personio.de": "Personio", "personio.com": "Personio",
    "successfactors.com": "SuccessFactors", "sapsf.com": "SuccessFactors",
    "eightfold.ai": "Eightfold", "gem.com": "Gem", "rippling.com": "Rippling",
    "pinpointhq.com": "Pinpoint", "dover.com": "Dover", "hirebridge.com": "Hirebridge",
    "paylocity.com": "Paylocity", "ultipro.com": "UKG", "ukg.com": "UKG",
    "avature.net": "Avature", "phenom.com": "Phenom", "comeet.co": "Comeet",
    "homerun.co": "Homerun", "hirehive.com": "HireHive", "jobscore.com": "JobScore",
    "trinethire.com": "TriNet Hire", "adp.com": "ADP", "ceipal.com": "Ceipal",
    "hackerrank.com": "HackerRank", "hackerrankforwork.com": "HackerRank",
    "codesignal.com": "CodeSignal", "codility.com": "Codility", "coderpad.io": "CoderPad",
    "karat.com": "Karat", "karat.io": "Karat", "testgorilla.com": "TestGorilla",
    "hirevue.com": "HireVue",
}
SCHEDULING_DOMAINS: dict[str, str] = {
    "calendly.com": "Calendly", "goodtime.io": "GoodTime", "modernloop.io": "ModernLoop",
    "prelude.co": "Prelude", "youcanbook.me": "YouCanBook.me", "cal.com": "Cal.com",
    "doodle.com": "Doodle", "zcal.co": "zcal", "savvycal.com": "SavvyCal",
    "chilipiper.com": "Chili Piper", "rooster.co": "Rooster", "paradox.ai": "Paradox",
}
JOB_BOARD_DOMAINS: dict[str, str] = {
    "linkedin.com": "LinkedIn", "indeed.com": "Indeed", "glassdoor.com": "Glassdoor",
    "ziprecruiter.com": "ZipRecruiter", "monster.com": "Monster", "dice.com": "Dice",
    "wellfound.com": "Wellfound", "angel.co": "Wellfound", "hired.com": "Hired",
    "otta.com": "Otta", "welcometothejungle.com": "Welcome to the Jungle",
    "builtin.com": "Built In", "simplyhired.com": "SimplyHired", "careerbuilder.com":
    "CareerBuilder", "stackoverflow.com": "Stack Overflow", "triplebyte.com": "Triplebyte",
    "handshake.com": "Handshake", "joinhandshake.com": "Handshake", "jobright.ai": "Jobright",
}


def sender_domain(email: str) -> str:
    return email.rsplit("@", 1)[-1].lower().strip(" >") if "@" in email else ""


def _match_domain(domain: str, table: dict[str, str]) -> str:
    for known, name in table.items():
        if domain == known or domain.endswith("." + known):
            return name
    return ""


# ---------------------------------------------------------------- text signals


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# Order matters: decisions first (a rejection often mentions the interview it follows, an
# offer the final round), then the steps from the most advanced down.
STAGE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("withdrawn", _rx(
        r"\b(?:you(?:'ve| have)?|has been|was|been|is\s+now|are\s+now)\s+withdrawn\b",
        r"\bwithdr[ae]w(?:n|ing)?\s+(?:your|my)\s+(?:application|candidacy)\b",
        r"\b(?:confirm(?:ing|ed|s)?|received)\s+(?:your\s+)?(?:request\s+to\s+)?withdraw",
        r"\bwithdrawal\s+(?:of|from)\b", r"\bapplication\s+withdrawn\b",
        r"\bwithdrawing\s+from\s+(?:the\s+)?(?:process|consideration)\b",
        r"\bwithdr(?:aw|awn|ew)\s+(?:you|me)\s+from\b", r"\bdecided\s+to\s+withdraw\b",
        r"\bwithdraw\s+(?:my\s+(?:application|candidacy)|from\s+(?:the|your)\b)",
        r"\b(?:you(?:'re|\s+are)\s+)?withdrawing\s+from\s+(?:the\s+)?(?:[\w,()-]+\s+){0,6}"
        r"process\b",
        r"\b(?:marked|closed)\s+(?:out\s+)?your\s+(?:application|candidacy)\b(?:\s+as\s+withdrawn)?")),
    ("rejected", _rx(
        r"\bunfortunately\b", r"\bregret\s+to\s+inform\b",
        r"\bfill\s+(?:this|the)\s+(?:position|role)\s+with\s+(?:another|a\s+different)\b",
        r"\bnot\s+to\s+progress\s+your\b", r"\bdecided\s+(?:for|on)\s+(?:another|a\s+different)\s+"
        r"candidate\b",
        r"\b(?:not|won'?t)\s+(?:to\s+|be\s+(?:able\s+to\s+)?)?tak(?:e|ing)\s+your\s+"
        r"(?:application|candidacy)\s+(?:any\s+)?(?:forward|further)\b",
        # "unfortunately" as written in German, Dutch, the Nordic languages, French, Spanish,
        # Portuguese and Italian
        r"\b(?:leider|helaas|tyv\u00e4rr|dessverre|desv\u00e6rre|valitettavasti|"
        r"malheureusement|lamentablemente|infelizmente|purtroppo)\b",
        r"\bfill\s+(?:the|this)\s+(?:[\w-]+\s+){0,4}(?:position|role|opening)\s+internally\b",
        r"\b(?:won'?t|will\s+not|not)\s+be\s+(?:taking\s+(?:it|this|things)|going|moving)\s+"
        r"(?:any\s+)?further\b",
        r"\b(?:chose|chosen|picked)\s+(?:a|an|another)\s+(?:\w+\s+){0,2}candidate\b",
        r"\bclos(?:e|ed|ing)\s+(?:the|this|our)\s+(?:external\s+)?(?:search|role|position|"
        r"requisition|opening)\b",
        r"\bhiring\s+freeze\b", r"\bfr(?:oze|ozen|eeze)\s+(?:all\s+)?(?:[\w-]+\s+){0,3}hiring\b",
        r"\b(?:decided|chose|chosen|decision)\s+to\s+hire\s+(?:someone|somebody|another|"
        r"a\s+different|an?\s+internal)\b",
        r"\bnot\s+(?:going\s+)?(?:to\s+)?(?:be\s+)?(?:mov|progress|proceed|advanc)(?:e|ing)\b",
        r"\b(?:decided|chosen|decision)\s+to\s+(?:move|proceed|go)\s+forward\s+with\s+(?:other|another|a\s+different)",
        r"\b(?:pursue|pursuing|move\s+forward\s+with)\s+(?:other|another)\s+candidates?\b",
        r"\bother\s+candidates\s+whose\b", r"\bnot\s+(?:been\s+)?selected\b",
        r"\b(?:position|role|req(?:uisition)?|opening|vacancy)\s+(?:has\s+(?:now\s+)?been|was|is\s+now)\s+(?:filled|closed|cancell?ed)\b",
        r"\bno\s+longer\s+(?:considering|under\s+consideration|moving|in\s+consideration)\b",
        r"\bwill\s+not\s+be\s+(?:moving|proceeding|progressing|offering|extending)\b",
        r"\b(?:can|could)\s*not\s+offer\s+you\b", r"\bnot\s+a\s+(?:fit|match)\s+at\s+this\s+time\b",
        r"\bdecided\s+not\s+to\s+(?:proceed|move|extend|offer)\b",
        r"\bwon'?t\s+be\s+(?:moving|proceeding|progressing)\b",
        r"\bclosed\s+(?:the|this)\s+(?:position|role|requisition)\b",
        r"\b(?:decided|chose|chosen|decision)\s+to\s+(?:go|move|proceed|continue|go\s+ahead)\s+(?:forward\s+)?with\s+(?:a|an|another|other|a\s+different)\s+(?:\w+\s+){0,2}candidates?\b",
        r"\bpursue\s+(?:other\s+)?candidates\s+whose\b",
        r"\b(?:they(?:'re|\s+are)|we(?:'re|\s+are)|will\s+be|to)\s+pass(?:ing)?\s+(?:for\s+now|on\s+(?:your|you|moving))\b",
        r"\bnot\s+(?:the\s+)?(?:better|good)\s+news\b", r"\bwill\s+not\s+be\s+advancing\b",
        r"\bnot\s+(?:a\s+)?(?:right\s+)?(?:fit|match)\s+for\s+(?:the|this)\s+role\b",
        # decisions phrased without the usual words ("go in a different direction")
        r"\b(?:go|going|gone|move|moving|went)\s+(?:in\s+)?a\s+different\s+direction\b",
        r"\b(?:pursue|pursuing|proceed(?:ing)?\s+with|move\s+ahead\s+with|go(?:ing)?\s+with|"
        r"gone\s+with|went\s+with|selected|chose(?:n)?|hired)\s+(?:an)?other\s+"
        r"(?:\w+\s+){0,2}(?:candidates?|applicants?|profiles?|person|direction)\b",
        r"\b(?:unable|not\s+able)\s+to\s+(?:move|proceed|offer|progress|advance)\b",
        r"\bwill\s+not\s+be\s+(?:moving|taking)\s+(?:forward|ahead|your)\b",
        r"\b(?:were|was|have\s+been|has\s+been)\s+(?:not\s+)?unsuccessful\b",
        r"\bnot\s+been\s+successful\b", r"\bdecided\s+to\s+(?:move|go)\s+on\b",
        r"\b(?:filled|closed)\s+(?:the|this|that)\s+(?:position|role|opening|vacancy)\b",
        r"\b(?:position|role|opening)\s+is\s+no\s+longer\s+(?:available|open)\b",
        r"\bnot\s+(?:be\s+)?(?:moving|taking)\s+your\s+(?:application|candidacy)\b",
        r"\b(?:application|candidacy)\s+(?:will\s+not|won'?t)\s+(?:be\s+)?(?:move|moving|"
        r"progress|proceed)\b",
        r"\bmore\s+closely\s+(?:match|align)",
        r"\bno\s+longer\s+accepting\s+(?:candidates|applications|applicants)\b",
        r"\b(?:applied\s+(?:for|to)|position|role|opening|vacancy)\b[^.]{0,60}\bhas\s+(?:now\s+)?"
        r"been\s+(?:filled|closed|cancell?ed)\b",
        r"\b(?:will\s+not|won'?t|not\s+to|cannot|can'?t)\s+continue\s+(?:the\s+process|with\s+"
        r"(?:your|the)\s+(?:application|candidacy|process))\b")),
    ("offer", _rx(
        r"\boffer\s+letter\b", r"\b(?:pleased|happy|delighted|excited|thrilled)\s+to\s+(?:extend|offer|make)\b",
        r"\bextend(?:ing)?\s+(?:you\s+)?an?\s+(?:formal\s+|verbal\s+|written\s+)?offer\b",
        r"\boffer\s+of\s+employment\b", r"\b(?:verbal|formal|written|job|employment)\s+offer\b",
        r"\byour\s+offer\b", r"\boffer\s+(?:details|package|call)\b",
        r"\bcongratulations\b[^.]{0,80}\boffer\b",
        r"\b(?:make|made|extend|approved?|prepare|preparing)\s+(?:you\s+)?an?\s+(?:formal\s+)?offer\b",
        r"\boffer\s+for\s+you\b",
        r"\b(?:like|love|glad|pleased)\s+to\s+offer\s+you\b",
        r"\boffer\s+you\s+the\s+(?:\w+\s+){0,5}(?:position|role|job)\b")),
    ("onsite", _rx(
        # an interview day, not where the job is done ("this role is fully onsite in our
        # Denver office", "hybrid or onsite")
        r"(?<!fully\s)(?<!days\s)(?<!week\s)(?<!or\s)\bon-?\s?site\b(?!\s+(?:in|at)\s+(?:our|the|a)\b)"
        r"(?!\s*(?:/|or)\s*(?:remote|hybrid))", r"\bfinal[-\s]+(?:round|interviews?|stage|loop|panel)\b",
        r"\bsuper\s?day\b", r"\bpower\s+day\b", r"\binterview\s+loop\b", r"\bpanel\s+interviews?\b",
        r"\bvirtual\s+on-?\s?site\b")),
    ("technical_interview", _rx(
        r"\btechnical\s+(?:(?:phone|video)\s+)?(?:interview|screen|round|call|session)\b",
        r"\b(?:coding|system\s+design|architecture|pair(?:ing)?\s+programming|live\s+coding)\s+(?:interview|session|round)\b",
        r"\bcoderpad\b", r"\bkarat\b", r"\btech(?:nical)?\s+screen\b",
        r"\btechnical\s+(?:interviews|deep[-\s]?dive)\b", r"\bcoding\s+interviews\b")),
    ("hiring_manager_screen", _rx(
        # Not a status note ("the hiring manager has been traveling").
        r"\bhiring\s+manager\b(?!\s+(?:has|had|hasn'?t|is\s+still|was|isn'?t|needs|"
        r"wants\s+to\s+(?:review|see\s+more)))",
        r"\bteam[-\s]match(?:ing|es)?\b",
        r"(?:'d|\bwould|'ll|\bwill)\s+be\s+your\s+(?:direct\s+)?manager\b",
        r"\breport\s+(?:directly\s+)?to\s+me\b",
        r"\b(?:person|one|manager)\s+you(?:'d|\s+would|'ll|\s+will)\s+(?:be\s+)?report(?:ing)?\s+to\b",
        r"\byou(?:'d|\s+would)\s+(?:work|be\s+working)\s+(?:with|for)\s+(?:him|her|them)\s+"
        r"(?:every\s+day|daily|directly)\b",
        r"\bwho\s+(?:leads|runs|manages)\s+the\s+(?:[\w-]+\s+){0,3}(?:team|group)\s+you(?:'d|\s+would)"
        r"\s+(?:join|be\s+joining)\b",
        r"\byour\s+(?:future|direct|prospective)\s+manager\b", r"\bmeet\s+(?:with\s+)?the\s+team\b",
        r"\bengineering\s+manager\b", r"\bwith\s+the\s+manager\b",
        r"\b(?:meet|speak|talk|chat|call|conversation|interview)\s+with\s+(?:our|the|your)\s+"
        r"(?:(?:future|new|prospective)\s+)?(?:team\s+lead|head\s+of\s+\w+|director|manager|"
        r"vp|cto|team)\b",
        r"\bmeet\s+(?:our|the|your)\s+(?:(?:future|new|prospective)\s+)?(?:team\s+lead|"
        r"head\s+of\s+\w+|director|manager|vp|cto|team)\b")),
    ("assessment", _rx(
        r"\btake[-\s]?home\b", r"\bcoding\s+(?:challenge|exercise|test|assignment)\b",
        r"\b(?:online|technical|skills?|coding|cognitive)\s+assessments?\b", r"\bassessment\b",
        r"\bhackerrank\b", r"\bcodesignal\b", r"\bcodility\b", r"\btestgorilla\b",
        r"\bhome\s+assignment\b", r"\bwork\s+sample\b", r"\bcase\s+study\s+(?:exercise|assignment)\b",
        r"\bwork\s+trial\b", r"\bpaid\s+(?:project|trial)\b", r"\bcoding\s+test\b",
        r"\b(?:technical|design|research|product|analytics|data|writing|written)\s+"
        r"(?:exercise|task|challenge|test|case|assignment)\b",
        r"\bcase\s+(?:brief|exercise|assignment)\b",  # a designer's "case study" is portfolio
        r"\b(?:here\s+is|next\s+(?:step|up)\s+is|is\s+a)\s+(?:our|the|a)\s+(?:short\s+)?case\b")),
    ("recruiter_screen", _rx(
        r"\brecruiter\s+(?:screen|call|chat)\b", r"\bphone\s+screen\b",
        r"\brecruiter\s+intro\b", r"\b(?:telephone|phone|screening)\s+(?:call|interview)\b",
        r"\bget\s+to\s+know\s+you\b",
        r"\b(?:intro(?:ductory)?|initial|quick|short|brief|first)\s+(?:phone\s+|video\s+)?(?:call|chat|conversation|screen|discussion)\b",
        r"\b(?:schedule|set\s+up|book|find)\s+(?:a\s+)?(?:time|call|chat)\b",
        r"\bavailability\s+(?:for|to)\s+(?:a\s+)?(?:call|chat)\b",
        r"\b(?:learn|hear)\s+more\s+about\s+(?:you|your\s+background)\b",
        r"\b\d+\s*-?\s*min(?:ute)?s?\s+(?:intro\s+|phone\s+|video\s+|screening\s+)?"
        r"(?:call|chat|conversation)\b",
        r"\b(?:grab|have|find)\s+\d+\s*min(?:ute)?s\b")),
    ("applied", _rx(
        r"\bthank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:applying|your\s+application|"
        r"submitting\s+(?:your|an)\s+(?:application|cv|resume|materials))\b",
        r"\b(?:we(?:'ve|\s+have)?|have)\s+received\s+your\s+application\b",
        r"\bapplication\s+(?:has\s+been\s+)?(?:received|submitted|confirmation)\b",
        r"\byour\s+application\s+(?:to|for)\b[^.]{0,60}\b(?:received|submitted)\b",
        r"\bsuccessfully\s+(?:applied|submitted)\b",
        r"\band\s+for\s+applying\b", r"\bthank\s+you\s+for\s+your\s+candidature\b",
        r"\b(?:got|received|have)\s+your\s+(?:cv|resume|r\u00e9sum\u00e9|application)\b",
        r"\bthanks?\s+(?:you\s+)?for\s+sending\s+(?:over\s+)?your\s+(?:cv|resume|application)\b",
        r"\bsubmitted\s+your\s+(?:cv|resume|application|profile)\s+(?:to|for)\b",
        r"\byour\s+application\b[^.\n]{0,40}\b(?:was\s+sent|has\s+made\s+it|made\s+it\s+to\s+us)\b",
        r"\byour\s+application\b[^.\n]{0,80}\b(?:arrived|reached\s+us|came\s+through)\b")),
)

# Interview-ish words with no specific round named: still about the process.
RECRUITING_RX = _rx(
    r"\bapplying\b", r"\bcandidacy\b", r"\bcandidates?\b",
    r"\binterview", r"\brecruit(?:er|ing|ment)\b", r"\btalent\s+(?:acquisition|team|partner)\b",
    r"\bhiring\b", r"\bposition\b", r"\brole\b", r"\bopening\b", r"\bnext\s+steps?\b",
    r"\boffer\b", r"\bassessment\b", r"\btake[-\s]?home\b", r"\bresume\b", r"\bcv\b",
    r"\bvisa\s+sponsorship\b", r"\bsalary\s+expectations?\b", r"\bthe\s+team\b",
    # the same in the languages European recruiters write in (German, Dutch, the Nordic
    # languages, French, Spanish, Portuguese, Italian)
    r"\b(?:bewerbung|vorstellungsgespr\u00e4ch|sollicitatie|vacature|s\u00f8knad(?:en)?|"
    r"ans\u00f6kan|intervju(?:et|n)?|rekryter(?:are|ing)|rekrutter(?:er|ing)|stillingen|"
    r"candidatura|candidature|entrevista|entretien|recrutement|recrutamento|reclutamiento|"
    r"colloquio|processo\s+seletivo)\b",
)
# Phrases that are about this person's own application, not jobs in general.
APPLICATION_RX = _rx(
    r"\byour\s+(?:\w+\s+)?(?:application|candidacy|interview|profile|resume|cv)\b",
    r"\bthanks?\s+(?:you\s+)?for\s+(?:your\s+interest|applying|taking\s+the\s+time)\b",
    r"\b(?:you(?:'re|\s+are)|you\s+were)\s+(?:moving|invited|selected|shortlisted)\b",
    r"\binterview\s+(?:with|for|invitation|confirmed|scheduled|request)\b",
    r"\b(?:would|'d)\s+love\s+to\s+(?:chat|talk|connect|set\s+up|schedule)\b",
    r"\bfor\s+the\s+(?:\w+\s+){0,4}(?:role|position|opening)\b",
    r"\b(?:the|our)\s+hiring\s+(?:team|manager)\b", r"\bare\s+you\s+(?:still\s+)?(?:open|interested)\b",
    r"\bwe\s+(?:reviewed|received)\s+your\b", r"\bapplied\s+(?:for|to)\b",
    r"\b(?:would|are)\s+you\s+(?:be\s+)?open\s+to\b", r"\bany\s+interest\s+in\b",
    r"\binterview\s+you\b", r"\b(?:reiterate|express)\s+my\s+interest\b",
    r"\bworth\s+a\s+(?:quick\s+|short\s+)?(?:chat|call|conversation)\b",
    r"\bopen\s+to\s+(?:hearing|learning)\s+more\b", r"\bkeen\s+to\s+(?:chat|talk|connect)\b",
    r"\b(?:send|share)\s+(?:you\s+)?the\s+(?:job\s+)?(?:spec|description|jd)\b",
    # "would you be available / interested" in French, Spanish, German
    r"\bseriez[-\s]vous\s+disponible\b", r"\bestar[i\u00ed]as?\s+disponible\b",
    r"\bh[\u00e4a]tten\s+sie\s+interesse\b",
)
# A reply, a reminder or a reschedule does not announce a new step.
# "Following up: scheduling your phone screen" neither, but "Following up from our interview"
# may bring one (the body says): a follow-up only counts with a step named in the subject.
FOLLOW_UP_RX = _rx(r"\bfollow(?:ing)?[-\s]?up\b", r"\bchecking\s+in\b", r"\bjust\s+checking\b")
RESCHEDULE_RX = _rx(r"\bre-?scheduled?\b", r"^\s*updated\b", r"\breminder\b", r"\bmoved\s+to\b",
                    r"\bcancell?ed\b", r"\bchanged?\s+(?:time|to)\b", r"\bnew\s+time\b",
                    r"\babout\s+to\s+start\b", r"\bdon'?t\s+forget\b",
                    r"\b(?:closes?|expires?)\s+(?:in\s+\d+|soon|tomorrow|today)\b", r"\b(?:starts?|opens?|begins?)\s+in\s+(?:\d+|an?|one)\b",
                    r"\bstarting\s+soon\b")
CALENDAR_INVITE_RX = re.compile(r"^\s*(?:updated\s+)?(?:invitation|new\s+event|event\s+invitation)\s*:",
                                re.IGNORECASE)
REPLY_RX = re.compile(r"^\s*(?:re|fwd?|aw|sv|tr)\s*:", re.IGNORECASE)

JOB_ALERT_RX = _rx(
    r"\bjobs?\s+(?:you\s+(?:may|might)\s+(?:like|be\s+interested)|for\s+you|alert)",
    r"\bnew\s+jobs?\b", r"\brecommended\s+(?:jobs|roles|for\s+you)\b", r"\bjob\s+matches\b",
    r"\bjobs?\s+(?:near|matching)\b", r"\b\d+\s+new\s+(?:jobs|roles|positions|openings)\b",
    r"\bsimilar\s+jobs\b", r"\bis\s+hiring\b", r"\bare\s+hiring\b", r"\bapply\s+now\b",
    r"\bjob\s+digest\b", r"\bweekly\s+(?:jobs|digest|roundup)\b", r"\bpeople\s+also\s+viewed\b",
)
MARKETING_RX = _rx(
    r"\bnewsletter\b", r"\bunsubscribe\b", r"\bwebinar\b", r"\b\d+%\s+off\b", r"\bsale\b",
    r"\bpromo(?:tion)?\b", r"\bdeal(?:s)?\b", r"\bsubscription\b", r"\bdigest\b",
    r"\bthis\s+week\s+in\b", r"\bcommunity\b", r"\bregister\s+(?:now|today|here)\b",
)
RECEIPT_RX = _rx(
    r"\breceipt\b", r"\binvoice\b", r"\border\s+(?:#|number|confirm)", r"\byour\s+order\b",
    r"\bpayment\s+(?:received|confirmation|failed)\b", r"\bshipped\b", r"\bdelivery\b",
    r"\bstatement\b", r"\bbilling\b", r"\brefund\b", r"\bbooking\s+confirm",
)
SECURITY_RX = _rx(
    r"\bsecurity\s+(?:alert|notice|code)\b", r"\bnew\s+sign[-\s]?in\b", r"\bsign[-\s]?in\s+attempt\b",
    r"\bpassword\s+(?:reset|change)", r"\bverification\s+code\b", r"\bone[-\s]time\s+(?:code|password)\b",
    r"\b2fa\b", r"\btwo[-\s]factor\b", r"\bverify\s+your\s+(?:email|account)\b", r"\blogin\s+code\b",
)
# Text that tries to steer the router. It never adds confidence; it takes some away.
INJECTION_RX = _rx(
    r"\bignore\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier)\b",
    r"\bdisregard\s+(?:all\s+|the\s+)?(?:previous|prior|above)\b", r"\bsystem\s+prompt\b",
    r"\byou\s+are\s+(?:now\s+)?(?:an?\s+)?(?:ai|assistant|language\s+model|router|classifier)\b",
    r"\b(?:mark|classify|label|route|treat)\s+(?:this|the)\s+(?:email|message)\s+as\b",
    r"\bset\s+(?:the\s+)?confidence\b", r"\bconfidence\s*(?:=|:|to)\s*\d",
    r"\bnew\s+instructions?\b", r"\binstructions?\s*:",
)


DECISIVE = ("withdrawn", "rejected", "offer")


# Words right before a step that look back at it rather than announce it: "since your
# technical screen", "thanks for completing your coding assessment", "feedback from your
# final round", "we received your take-home".
LOOKBACK_RX = re.compile(
    r"\b(?:since|after|from|following|on|about|through|loved|liked|enjoyed|completing|"
    r"completed|finished|submitted|"
    r"submitting|received|reviewing|passed|for\s+taking|for\s+doing)\s+(?:your|the)\s+"
    r"(?:\w+[-\s]){0,3}$", re.IGNORECASE)
LOOKBACK_WINDOW = 60
# An assessment tool's notice that the work is done: "your results have been shared with
# Figma", "thanks for completing", "we received your submission".
COMPLETION_RX = _rx(
    r"\bresults?\s+(?:have|has)\s+been\s+(?:shared|sent|submitted|forwarded)\b",
    r"\bthanks?\s+(?:you\s+)?for\s+(?:completing|submitting|finishing)\b",
    r"\b(?:received|got)\s+your\s+(?:\w+[-\s]){0,2}(?:submission|solution|take[-\s]?home)\b",
    r"\b(?:you(?:'ve|\s+have)|successfully)\s+(?:completed|submitted|finished)\b",
    r"\b(?:answers|responses|solutions?|tests?|assessments?|work)\s+(?:have|has)\s+been\s+"
    r"(?:submitted|received|shared)\b",
    r"\b(?:test|assessment|challenge|exercise)\s+(?:submitted|completed)\b")
# The body moves or recalls a scheduled step: "we need to move your final round to
# Tuesday", "just a friendly reminder that your technical screen is tomorrow".
RESCHEDULE_BODY_RX = _rx(
    r"\b(?:we|i|we'll|i'll|we\s+will|i\s+will)\s+(?:need|have|had)\s+to\s+(?:move|reschedule|"
    r"push|shift|postpone)\b",  # not the footer's "Need to reschedule?"
    r"\b(?:move|moved|moving|push|pushed|shift)\s+your\s+(?:\w+\s+){0,3}(?:from|to)\b",
    r"\b(?:a|this\s+is\s+a)\s+(?:friendly\s+|quick\s+)?reminder\s+(?:that|about|of)\b",
    r"\bfriendly\s+(?:nudge|reminder)\b")


# A step's outcome named right after it looks back at it: "your assessment score was ...".
OUTCOME_AFTER_RX = re.compile(r"^\s+(?:score|scores|results?|feedback|report)\b",
                              re.IGNORECASE)
# A step described as a possibility, not announced: "if we'd like to move forward, the first
# step is a short take-home".
HYPOTHETICAL_RX = re.compile(r"\bif\s+(?:we|you|your|selected|successful|shortlisted)\b"
                             r"[^.!?\n]*$", re.IGNORECASE)
HYPOTHETICAL_WINDOW = 200
# The writer's own step, not the reader's: a friend's "I have my Notion onsite next week".
SOMEONE_ELSES_RX = re.compile(r"\bmy\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def announced_step(text: str) -> tuple[tuple[str, str] | None, str]:
    """(the step a text announces with its words, or None; and when it announces none, the
    words of a step it only looks back at, else "").

    STAGE_PATTERNS lists the decisions first, then the steps from the most advanced down, so
    a decision wins and otherwise the most advanced step counts: mail names the next step
    and looks back at the last ("you passed the HackerRank; next up are two technical
    interviews"). A decision (withdrawn, rejected, offer) always counts. Another step is
    skipped where it is only looked back at ("since your technical screen", "your assessment
    score"), only a possibility ("if we'd like to move forward, ... a take-home") or the
    writer's own ("my onsite").
    """
    lookback = ""
    for target, pattern in STAGE_PATTERNS:
        for hit in pattern.finditer(text):
            if target in DECISIVE:
                return (target, hit.group(0)), ""
            before = text[max(0, hit.start() - LOOKBACK_WINDOW):hit.start()]
            cue = LOOKBACK_RX.search(before)
            if cue or OUTCOME_AFTER_RX.match(text[hit.end():hit.end() + 20]):
                lookback = lookback or f"{cue.group(0) if cue else ''}{hit.group(0)}"
                continue
            context = text[max(0, hit.start() - HYPOTHETICAL_WINDOW):hit.start()]
            if HYPOTHETICAL_RX.search(context) or SOMEONE_ELSES_RX.search(before):
                continue
            return (target, hit.group(0)), ""
    return None, lookback


# "for the Solutions Architect, Strategic Accounts role", "in the Data Engineer position"
ROLE_RX = re.compile(
    r"\b(?:for|to|in|about)\s+(?:the|our|your|this|a)\s+(?P<role>[A-Z][\w/&+,.()' -]{2,80}?)"
    r"\s+(?:role|position|opening|job|vacancy|req(?:uisition)?)\b")


def named_roles(text: str) -> list[str]:
    return [m.group("role") for m in ROLE_RX.finditer(text[:3000])]


# Wider net, used only to keep a job out of auto-linking ("Application: Data Engineer",
# "your interview for Staff Designer at ..."): another role named anywhere means review.
_CAPITALISED_WORDS = r"(?:[A-Z][\w/&+.()']*,?\s+){0,4}[A-Z][\w/&+.()']*"
ROLE_MENTION_RXS = (
    ROLE_RX,
    re.compile(r"\b(?:role|position|job(?:\s+title)?|opening|requisition|vacancy|application)"
               r"\s*:\s*(?P<role>[^\n|]{3,80})", re.IGNORECASE),
    re.compile(r"\b(?:[Aa]pplication|[Cc]andidacy|[Ii]nterviews?|[Aa]pplying|[Aa]pplied|"
               r"[Cc]onsideration|[Cc]andidate)\s+(?:for|to)\s+(?:the\s+|our\s+|an?\s+)?"
               r"(?P<role>[A-Z][\w/&+.()' -]{2,80}?)(?=\s+(?:role|position|opening|job|at|"
               r"with|in|here|team)\b|\s*[.,;:!?\n(]|\s*$)"),
    # outreach: "our client is looking for a Senior Data Engineer for their platform"
    re.compile(r"\b(?:looking\s+for|seeking|searching\s+for)\s+(?:[Aa]n?\s+)?"
               rf"(?P<role>{_CAPITALISED_WORDS})"),
    # the subject's "Senior Data Engineer at Granit Bank": the capitalised words before it
    re.compile(rf"\A[^\n]*?(?P<role>{_CAPITALISED_WORDS})\s+(?:at|@)\s+[A-Z]"),
    # "we just opened a Senior Platform Engineer role"
    re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Oo]ur|[Yy]our)\s+(?:new\s+|open\s+)?(?P<role>{_CAPITALISED_WORDS})"
               r"\s+(?:role|position|opening|vacancy)\b"),
)
ROLE_WORDS = {
    "engineer", "engineering", "developer", "manager", "designer", "scientist", "analyst",
    "architect", "specialist", "consultant", "intern", "director", "researcher",
    "administrator", "sre", "devops", "programmer", "writer", "lead", "head", "associate",
    "representative", "coordinator", "advocate", "officer", "technician", "marketer",
    "strategist", "accountant", "counsel", "recruiter", "partner", "owner", "executive",
}


# "Hiring Manager Interview @ Wed Oct 14" names a meeting, not a role.
EVENT_WORDS = {"interview", "call", "chat", "screen", "meeting", "session", "round",
               "invitation", "offer", "conversation"}


def mentioned_roles(text: str) -> list[tuple[str, set[str]]]:
    """(role as written, its title words) for every job-title-like role the text names."""
    found: list[tuple[str, set[str]]] = []
    for pattern in ROLE_MENTION_RXS:
        for match in pattern.finditer(text[:3000]):
            role = match.group("role").strip(" .,;:-")
            tokens = title_tokens(role)
            if tokens & ROLE_WORDS and not tokens & EVENT_WORDS \
                    and all(role != r for r, _ in found):
                found.append((role, tokens))
    return found


# ---------------------------------------------------------------- evidence


@dataclass
class JobMatch:
    job: JobView
    score: float = 0.0
    where: list[str] = field(default_factory=list)  # human-readable findings
    company_in_sender: bool = False
    company_in_subject: bool = False
    company_in_body: bool = False
    title_full: bool = False  # the whole title named
    title_overlap: float = 0.0  # share of the title's words named
    requisition: bool = False
    thread: bool = False
    role_conflict: bool = False  # the mail names a role, and it is not this job's title


@dataclass
class Evidence:
    ats: str = ""  # ATS brand of the sender, if any
    scheduler: str = ""
    job_board: str = ""
    bulk: bool = False  # List-Unsubscribe / List-Id / Precedence: bulk
    job_alert: bool = False
    marketing: bool = False
    receipt: bool = False
    security: bool = False
    injection: bool = False
    recruiting_words: int = 0
    application_phrases: int = 0  # phrases about this person's own application
    reply: bool = False
    reschedule: bool = False
    stage_rule: tuple[str, str] | None = None  # (target, matched words)
    looked_back: str = ""  # words naming a past step, when no new step is announced
    matches: list[JobMatch] = field(default_factory=list)  # best first, score > 0

    roles_named: list[tuple[str, set[str]]] = field(default_factory=list)

    def other_role_for(self, job: JobView) -> str:
        """A role the mail names that is not this job's title ("" when none)."""
        tokens = title_tokens(job.title)
        company_words = set(company_key(job.company).split())
        for role, role_tokens in self.roles_named:
            role_tokens = role_tokens - company_words
            if not role_tokens or not tokens:
                continue
            same = (len(role_tokens & tokens) / len(role_tokens | tokens) >= 0.5
                    or role_tokens <= tokens or tokens <= role_tokens)
            if not same or _modifies_title(role, tokens, company_words):
                return role
        return ""

    @property
    def best(self) -> JobMatch | None:
        return self.matches[0] if self.matches else None


def _modifies_title(role: str, tokens: set[str], company_words: set[str]) -> bool:
    """A word right before the job's title in the role named makes it another role: "Data
    Platform Engineer" is not "Platform Engineer" (but "Senior Platform Engineer" and
    "R-10442 Platform Engineer" are; words after the title are the sentence going on)."""
    words = spell_out_roles(normalise(role)).split()
    first = next((i for i, w in enumerate(words) if w in tokens), None)
    if first is None or first == 0:  # no title word, or nothing before it
        return False
    before = words[first - 1]
    return before.isalpha() and len(before) > 1 and before not in TITLE_STOPWORDS \
        and before not in ROLE_PREFIX_WORDS and before not in company_words


def gather(message: MessageView, jobs: list[JobView],
           thread_jobs: dict[str, int] | None = None) -> Evidence:
    """All rule evidence for one message against the candidate jobs."""
    domain = sender_domain(message.sender_email)
    headers = {k.lower(): v for k, v in (message.headers or {}).items()}
    subject = message.subject or ""
    body = message.text or ""
    full_text = f"{subject}\n{body}"
    subject_step = announced_step(subject)[0]
    evidence = Evidence(
        ats=_match_domain(domain, ATS_DOMAINS),
        scheduler=_match_domain(domain, SCHEDULING_DOMAINS),
        job_board=_match_domain(domain, JOB_BOARD_DOMAINS),
        bulk=bool(headers.get("list-unsubscribe") or headers.get("list-id")
                  or headers.get("precedence", "").lower() in ("bulk", "list", "junk")),
        job_alert=bool(JOB_ALERT_RX.search(full_text)),
        marketing=bool(MARKETING_RX.search(subject)),
        receipt=bool(RECEIPT_RX.search(subject)),
        security=bool(SECURITY_RX.search(subject)),
        injection=bool(INJECTION_RX.search(full_text)),
        recruiting_words=len({m.group(0).lower() for m in RECRUITING_RX.finditer(full_text)}),
        application_phrases=len({m.group(0).lower() for m in APPLICATION_RX.finditer(full_text)}),
        reply=bool(REPLY_RX.search(subject)),
        reschedule=bool(RESCHEDULE_RX.search(subject)
                        or (subject_step and FOLLOW_UP_RX.search(subject))),
    )
    # A reply's subject names the step the thread started with, not this message's news.
    subject_rule = None if evidence.reply else subject_step
    body_rule, body_lookback = announced_step(body)
    evidence.stage_rule = subject_rule or body_rule
    # A subject naming a round outranks a body that merely mentions an earlier one, but a
    # rejection or withdrawal in the body wins over any subject ("Onsite" + "unfortunately").
    if subject_rule and body_rule and body_rule[0] in DECISIVE:
        order = [t for t, _ in STAGE_PATTERNS]
        if order.index(body_rule[0]) < order.index(subject_rule[0]):
            evidence.stage_rule = body_rule
    # A calendar invitation that names a hiring step is as telling as a scheduling tool.
    if not evidence.scheduler and subject_rule and CALENDAR_INVITE_RX.search(subject):
        evidence.scheduler = "Calendar invitation"
    if evidence.stage_rule and evidence.stage_rule[0] == "assessment":
        done = COMPLETION_RX.search(full_text)
        if done:
            evidence.stage_rule, evidence.looked_back = None, done.group(0)
    if evidence.stage_rule is None and not evidence.looked_back:
        evidence.looked_back = body_lookback
    if not evidence.reschedule and evidence.stage_rule \
            and evidence.stage_rule[0] not in DECISIVE:
        evidence.reschedule = bool(RESCHEDULE_BODY_RX.search(body))
    evidence.roles_named = mentioned_roles(full_text)
    evidence.matches = match_jobs(message, jobs, thread_jobs or {}, domain)
    return evidence


DOMAIN_NAME_SUFFIXES = {"hq", "inc", "app", "mail", "careers", "jobs", "team", "talent",
                        "recruiting", "corp", "labs", "io", "ai", "hr", "global", "group"}


def _company_in_domain(key: str, email: str) -> bool:
    """'stripe' in jane@stripe.com or stripe@greenhouse-mail.io or acme-robotics.myworkday."""
    if not key or "@" not in email:
        return False
    squashed = key.replace(" ", "")
    local, domain = email.lower().rsplit("@", 1)
    labels = [*re.split(r"[.\-_+]", domain), domain.replace("-", "").split(".")[0]]
    if squashed in labels or key.replace(" ", "-") in domain.split("."):
        return True
    # The short name must be a whole name in the domain: tidewell.io is Tidewell Analytics,
    # kestrel-aviation.com is not Kestrel Analytics.
    short = company_short_key(key).replace(" ", "")
    if short != squashed and len(short) >= 4 and short in domain.split("."):
        return True
    # datadoghq.com, stripejobs.com, acmecareers.io: the name plus a common suffix
    if len(squashed) >= 4 and any(label.startswith(squashed)
                                  and label[len(squashed):] in DOMAIN_NAME_SUFFIXES
                                  for label in labels):
        return True
    local_parts = re.split(r"[.\-_+]", local)
    return squashed in local_parts or local.replace("-", "").replace(".", "") == squashed


def match_jobs(message: MessageView, jobs: list[JobView], thread_jobs: dict[str, int],
               domain: str) -> list[JobMatch]:
    name_n = normalise(message.sender_name)
    subject_n = normalise(message.subject)
    body_n = normalise(message.text[:4000])
    all_n = f"{subject_n} {body_n}"
    all_roles_n = spell_out_roles(all_n)
    keys = {job.id: company_key(job.company) for job in jobs}
    # Similar names: when 'acme robotics' is named, 'acme' alone is not evidence for Acme.
    named = {key for key in set(keys.values()) if contains_phrase(name_n + all_n, key)
             or _company_in_domain(key, message.sender_email)}
    shadowed = {short for short in named for long in named
                if short != long and contains_phrase(f" {long} ", short)}
    thread_job = thread_jobs.get(message.thread_id) if message.thread_id else None
    roles = [title_tokens(role) for role in named_roles(f"{message.subject}\n{message.text}")]
    roles = [r for r in roles if r]
    matches: list[JobMatch] = []
    for job in jobs:
        key = keys[job.id]
        found = JobMatch(job=job)
        if key and key not in shadowed:
            found.company_in_sender = (contains_phrase(name_n, key)
                                       or _company_in_domain(key, message.sender_email))
            found.company_in_subject = contains_phrase(subject_n, key)
            found.company_in_body = contains_phrase(body_n, key)
        title_n = spell_out_roles(normalise(job.title)).strip()
        found.title_full = bool(title_n) and contains_phrase(all_roles_n, title_n)
        tokens = title_tokens(job.title)
        if tokens:
            present = {t for t in tokens if contains_phrase(all_roles_n, t)}
            found.title_overlap = len(present) / len(tokens)
        req = normalise(job.requisition_id).strip()
        found.requisition = len(req) >= 3 and contains_phrase(all_n, req)
        found.thread = thread_job == job.id
        if roles and tokens:
            found.role_conflict = not any(len(r & tokens) / len(tokens | r) >= 0.5
                                          for r in roles)
        score = 0.0
        if found.thread:
            score += 4.0
            found.where.append("same thread as an earlier message about this job")
        if found.requisition:
            score += 3.0
            found.where.append(f"requisition '{job.requisition_id}'")
        company_places = [p for p, hit in (("sender", found.company_in_sender),
                                           ("subject", found.company_in_subject),
                                           ("body", found.company_in_body)) if hit]
        if company_places:
            score += 2.0 if found.company_in_sender else 1.5 if found.company_in_subject else 1.0
            score += 0.25 * (len(company_places) - 1)
            found.where.append(f"company '{job.company}' in {'/'.join(company_places)}")
        if found.title_full:
            score += 1.5
            found.where.append(f"title '{job.title}'")
        elif found.title_overlap >= 0.5 and company_places:
            score += found.title_overlap
            found.where.append(f"title words of '{job.title}'")
        # Title alone (no company, thread or req id) is no evidence: titles are shared.
        if not company_places and not found.thread and not found.requisition:
            score = 0.0
        if found.role_conflict and not found.thread:
            score = 0.0  # another role at the same company ("two jobs at one company")
        if score > 0:
            found.score = score
            matches.append(found)
    matches.sort(key=lambda m: (-m.score, -m.title_overlap, m.job.id))
    return matches
