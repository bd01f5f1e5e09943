// The quarter of an hour before this build started (epoch seconds).
def from = (currentBuild.startTimeInMillis / 1000) as long
datadogSnapshot metricQuery: 'avg:system.load.1{*}', start: from - 900, end: from
