-- round_result.result held the API's answer (with "N" and a cut-off that was a number or an object);
-- it now holds the computation's SelectionResult itself, typed. capacityBySection was never part of
-- the answer, so rows computed before this migration have it empty (only the computation reads it).
update round_result
set result = jsonb_build_object(
        'rulesId', result -> 'rulesId',
        'rulesVersion', result -> 'rulesVersion',
        'n', result -> 'N',
        'capacity', result -> 'capacity',
        'capacityBySection', '{}'::jsonb,
        'cutoffComposite', case when jsonb_typeof(result -> 'cutoffComposite') = 'object'
                                then 'null'::jsonb else result -> 'cutoffComposite' end,
        'cutoffBySection', case when jsonb_typeof(result -> 'cutoffComposite') = 'object'
                                then result -> 'cutoffComposite' else '{}'::jsonb end,
        'ranking', result -> 'ranking',
        'pool', result -> 'pool',
        'inputDigest', result -> 'inputDigest')
where result ? 'N';
