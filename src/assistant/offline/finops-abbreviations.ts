// What FinOps people type for the big cloud services, matched against the FOCUS ServiceName
// values actually imported (so an abbreviation only works when that service exists here).

const abbreviations: Array<[keys: string[], serviceName: RegExp]> = [
  // "Amazon EC2 Container Registry" is not EC2: a bare abbreviation names only the service itself.
  [['ec2'], /\belastic compute cloud\b|^(?:amazon |aws )?ec2$/i],
  [['s3'], /\bsimple storage service\b|^(?:amazon |aws )?s3$/i],
  [['rds'], /\brelational database service\b|^(?:amazon |aws )?rds$/i],
  [['vpc'], /\bvirtual private cloud\b|^(?:amazon |aws )?vpc$/i],
  [['sqs'], /\bsimple queue service\b/i],
  [['sns'], /\bsimple notification service\b/i],
  [['eks'], /\belastic kubernetes service\b|\belastic container service for kubernetes\b/i],
  [['aks'], /\bazure kubernetes service\b/i],
  [['gke'], /\bgoogle kubernetes engine\b|\bkubernetes engine\b/i],
  [['k8s', 'kubernetes'], /\bkubernetes\b/i],
  [['vms', 'vm', 'virtualmachines'], /\bvirtual machines?\b/i],
  [['gce'], /\bcompute engine\b/i],
  [['sqldb', 'sqldatabase'], /\bsql database\b/i],
  [['dynamo', 'dynamodb'], /\bdynamodb\b/i],
  // Some exports write the name run together ("AmazonCloudWatch").
  [['cloudwatch'], /cloudwatch/i],
  [['elb', 'alb', 'nlb'], /\belastic load balancing\b|load ?balanc/i],
  [['cloudfront'], /cloudfront/i],
  [['route53'], /route ?53/i],
  [['lambda'], /\blambda\b/i],
  [['bigquery', 'bq'], /\bbigquery\b/i],
  [['blob', 'blobstorage'], /\bblob storage\b|\bstorage accounts?\b/i],
];

/** The abbreviation keys that stand for an imported service name. */
export function abbreviationsOf(serviceName: string): string[] {
  return abbreviations.filter(([, pattern]) => pattern.test(serviceName)).flatMap(([keys]) => keys);
}
