# keyword (kwlist, softkwlist, iskeyword, issoftkeyword) and __future__.
from __future__ import annotations
import keyword
import __future__

print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist))
print(keyword.iskeyword('if'), keyword.iskeyword('match'), keyword.issoftkeyword('match'),
      keyword.iskeyword('If'), keyword.issoftkeyword('_'), keyword.iskeyword('None'))
print(sorted(keyword.__all__))
for n in __future__.all_feature_names:
    feat = getattr(__future__, n)
    print(n, feat, feat.getOptionalRelease(), feat.getMandatoryRelease())
print(__future__.__all__)
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS, __future__.CO_NESTED)


def f(x: int) -> str:
    pass


print(f.__annotations__)
