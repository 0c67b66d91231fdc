"""Who says each statement of a readout, and how (speaker attribution and stance), in one room per job:

- `vocabulary`: the words, compiled once from `resources/lexicon/attribution.yaml`;
- `people`: the people of a readout, found once per readout (`people_index`);
- `clauses`: reading one statement's mentions, reporting verbs and the subject of its main clause;
- `attribution`: the pass over a readout's statements that fills speaker, kind and stance (`attribute`).
"""

from desktop_app.core.speakers.attribution import attribute
from desktop_app.core.speakers.people import PeopleIndex, Person, people_index
from desktop_app.core.speakers.vocabulary import BOTH_SIDES, stance_family, stance_forms

__all__ = ["BOTH_SIDES", "PeopleIndex", "Person", "attribute", "people_index", "stance_family",
           "stance_forms"]
